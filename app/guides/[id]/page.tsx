import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/server/guard';
import { getGuide, getPublished, ownerNames } from '@/db/guides';
import { guideHtml } from '@/lib/server/guide-html';
import { GuideArticle } from '@/components/guide/GuideArticle';
import { PrintButton } from '@/components/guide/PrintButton';
import { can } from '@/lib/permissions';
import { idParam } from '@/lib/validation/params';

export default async function GuidePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('guide.read');
  const id = idParam((await params).id);
  const guide = id ? getGuide(actor, id) : null;
  if (!guide) notFound();
  const [t, format] = await Promise.all([getTranslations('guide'), getFormatter()]);
  const published = getPublished(actor, guide.id);
  const editorLinks = can(actor.role, 'guide.edit') && (
    <>
      <Link className="button" href={`/guides/${guide.id}/edit`}>
        {t('edit')}
      </Link>
      <Link className="button secondary" href={`/guides/${guide.id}/draft`}>
        {t('previewDraft')}
      </Link>
    </>
  );
  if (!published)
    return (
      <div className="narrow">
        <h1>{guide.title}</h1>
        <p>{t('noPublishedVersion')}</p>
        <p>{editorLinks}</p>
      </div>
    );
  const html = await guideHtml(published.doc, guide.language, ownerNames(actor), published.revisionId);
  return (
    <GuideArticle
      title={guide.title}
      language={guide.language}
      doc={published.doc}
      html={html}
      meta={
        <>
          <p>{t('published', { version: published.version, date: format.dateTime(published.publishedAt, { dateStyle: 'long' }), name: published.authorName })}</p>
          {published.note && (
            <p>
              <strong>{t('changeNote')}:</strong> {published.note}
            </p>
          )}
        </>
      }
      actions={
        <>
          {editorLinks}
          <a className="button secondary" href={`/api/guides/${guide.id}/export?version=${published.version}`} download>
            {t('exportMarkdown')}
          </a>
          <PrintButton label={t('print')} />
        </>
      }
    />
  );
}
