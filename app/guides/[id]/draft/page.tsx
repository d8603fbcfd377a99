import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { forPage, requireGuide } from '@/lib/server/guard';
import { getDraft, getPublished, ownerNames } from '@/db/guides';
import { guideHtml } from '@/lib/server/guide-html';
import { GuideArticle } from '@/components/guide/GuideArticle';
import { can } from '@/lib/permissions';

/** The draft as readers will see it once published; only for those who may see drafts. */
export default async function DraftPreviewPage({ params }: PageProps<'/guides/[id]/draft'>) {
  const { actor, guide } = await requireGuide('guide.readDraft', params);
  const draft = forPage(() => getDraft(actor, guide.id));
  const [t, dates] = await Promise.all([getTranslations('guide'), getDates()]);
  const published = getPublished(actor, guide.id);
  const html = await guideHtml(draft.doc, guide.language, ownerNames(actor));
  return (
    <GuideArticle
      title={guide.title}
      language={guide.language}
      doc={draft.doc}
      content={<div dangerouslySetInnerHTML={{ __html: html }} />}
      meta={
        <>
          <p role="note">
            <strong>{t('draftPreviewTitle')}.</strong>{' '}
            {published ? t('draftPreviewNote', { version: published.version }) : t('draftPreviewNoteUnpublished')}
          </p>
          <p>{t('draftSaved', { date: dates.dateTime(draft.updatedAt) })}</p>
        </>
      }
      actions={
        <>
          {can(actor.role, 'guide.edit') && (
            <Link className="button" href={`/guides/${guide.id}/edit`}>
              {t('edit')}
            </Link>
          )}
          <a className="button secondary" href={`/api/guides/${guide.id}/export?version=draft`} download>
            {t('exportDraft')}
          </a>
        </>
      }
    />
  );
}
