import Link from 'next/link';
import { after } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { requireGuide } from '@/lib/server/guard';
import { getPublished, ownerNames } from '@/db/guides';
import { publishedHtml } from '@/lib/server/guide-html';
import { GuideContentIsland } from '@/components/guide/GuideContentIsland';
import { GuideArticle } from '@/components/guide/GuideArticle';
import { PrintButton } from '@/components/guide/PrintButton';
import { can } from '@/lib/permissions';
import { readingState, recordVisit } from '@/db/reading';
import { resolveRevision } from '@/db/history';
import { ReadConfirmation } from '@/components/guide/ReadConfirmation';
import { diffDocs } from '@/lib/diff';
import { summaryText } from '@/lib/server/revision-label';
import type { Actor } from '@/lib/actor';
import type { Published } from '@/db/guides';

/** Asks the reader to confirm the current version, and shows what changed since the one they confirmed. */
async function readingNotice(actor: Actor, guideId: number, published: Published) {
  const [tr, dates, describe] = await Promise.all([getTranslations('reading'), getDates(), summaryText()]);
  const { confirmedVersion, confirmedAt } = readingState(actor, guideId);
  if (confirmedVersion === published.version)
    return <p role="status">{tr('upToDate', { version: confirmedVersion, date: dates.date(confirmedAt!) })}</p>;
  if (confirmedVersion === null)
    return (
      <ReadConfirmation
        guideId={guideId}
        version={published.version}
        prompt={tr('confirmPrompt', { version: published.version })}
      />
    );
  const read = resolveRevision(actor, guideId, { kind: 'version', version: confirmedVersion });
  const summary = describe(diffDocs(read.doc, published.doc).summary, 'inside');
  return (
    <section aria-labelledby="changed-since">
      <h2 id="changed-since">{tr('changedSince', { version: confirmedVersion })}</h2>
      <p>{tr('changedSinceText', { current: published.version, summary })}</p>
      <p>
        <Link href={`/guides/${guideId}/compare?from=v${confirmedVersion}&to=v${published.version}`}>
          {tr('showChanges', { version: confirmedVersion })}
        </Link>
      </p>
      <ReadConfirmation
        guideId={guideId}
        version={published.version}
        prompt={tr('confirmAgain', { version: published.version })}
      />
    </section>
  );
}

export default async function GuidePage({ params }: PageProps<'/guides/[id]'>) {
  const { actor, guide } = await requireGuide('guide.read', params);
  const [t, tr, dates] = await Promise.all([getTranslations('guide'), getTranslations('reading'), getDates()]);
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
  const { key } = await publishedHtml(actor, guide.id, published, guide.language, ownerNames(actor));
  // A GET render writes nothing: the visit is noted once the page has been sent.
  after(() => recordVisit(actor, guide.id, published.version));
  return (
    <GuideArticle
      title={guide.title}
      language={guide.language}
      doc={published.doc}
      content={<GuideContentIsland htmlKey={key} src={`/api/guides/${guide.id}/html?version=${published.version}`} />}
      meta={
        <>
          <p>
            {t('published', {
              version: published.version,
              date: dates.date(published.publishedAt),
              name: published.authorName,
            })}
          </p>
          {published.note && (
            <p>
              <strong>{t('changeNote')}:</strong> {published.note}
            </p>
          )}
        </>
      }
      notice={await readingNotice(actor, guide.id, published)}
      actions={
        <>
          {editorLinks}
          <Link className="button secondary" href={`/guides/${guide.id}/history`}>
            {tr('history')}
          </Link>
          {can(actor.role, 'review.read') && (
            <Link className="button secondary" href={`/guides/${guide.id}/review`}>
              {tr('review')}
            </Link>
          )}
          {can(actor.role, 'guide.adoption') && (
            <Link className="button secondary" href={`/guides/${guide.id}/adoption`}>
              {tr('adoption')}
            </Link>
          )}
          <a className="button secondary" href={`/api/guides/${guide.id}/export?version=${published.version}`} download>
            {t('exportMarkdown')}
          </a>
          <PrintButton label={t('print')} />
        </>
      }
    />
  );
}
