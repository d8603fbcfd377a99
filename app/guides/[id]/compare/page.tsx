import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { revisionLabeler } from '@/lib/server/revision-label';
import { requireGuide } from '@/lib/server/guard';
import { resolveRevision, revisionBefore, type ResolvedRevision } from '@/db/history';
import { diffDocs } from '@/lib/diff';
import { diffPage, movedPlaces, pageSummary } from '@/lib/diff/fold';
import { blockPosition, formatRevisionRef, pageNumber, revisionRef } from '@/lib/validation/params';
import { CompareView } from '@/components/compare/CompareView';
import { refusalOf } from '@/lib/errors';
import type { Actor } from '@/lib/actor';

function resolve(actor: Actor, guideId: number, raw: unknown): ResolvedRevision | null {
  const ref = revisionRef(raw);
  if (!ref) return null;
  try {
    return resolveRevision(actor, guideId, ref);
  } catch (error) {
    // A revision that is missing or hidden from this reader is named on the page, beside the
    // picker, rather than answered with the 404 page: the guide itself is there.
    const refusal = refusalOf(error);
    if (refusal?.code === 'notFound' || refusal?.code === 'forbidden') return null;
    throw error;
  }
}

function defaultFrom(actor: Actor, guideId: number, to: ResolvedRevision | null): string | undefined {
  // The span History summarises: a published version against the previous published version.
  const previous = to?.id ? revisionBefore(actor, guideId, to.id, { publishedOnly: to.version !== null }) : null;
  return previous ? formatRevisionRef(previous) : undefined;
}

/** `?from=v1&to=v3` (or r<id>, or draft): any two revisions, in a URL that can be shared. */
export default async function ComparePage({ params, searchParams }: PageProps<'/guides/[id]/compare'>) {
  const { actor, guide } = await requireGuide('guide.read', params);
  const query = await searchParams;
  const [t, describe] = await Promise.all([getTranslations('compare'), revisionLabeler()]);
  const to = resolve(actor, guide.id, query.to);
  // Without `from`, compare with the revision before `to` (see defaultFrom).
  const from = resolve(actor, guide.id, query.from ?? defaultFrom(actor, guide.id, to));
  const mode = query.view === 'inline' ? 'inline' : 'side';

  if (!from || !to)
    return (
      <div className="narrow">
        <h1>{t('title', { title: guide.title })}</h1>
        <p role="alert">{query.to ? t('notFound') : t('pick')}</p>
        <Link href={`/guides/${guide.id}/history`}>{t('history')}</Link>
      </div>
    );
  const base = `/guides/${guide.id}/compare?from=${formatRevisionRef(from.ref)}&to=${formatRevisionRef(to.ref)}`;
  const here = `${base}&view=${mode}`;
  const diff = diffDocs(from.doc, to.doc);
  // Only this page goes to the browser: a bounded number of changes, unchanged stretches folded.
  const page = diffPage(diff.blocks, pageNumber(query.page), blockPosition(query.open));
  // The view switch stays on this page; the first page's links look as they always did.
  const onPage = page.page > 1 ? `&page=${page.page}` : '';
  return (
    <>
      <h1>{t('title', { title: guide.title })}</h1>
      <p className="lead">{t('comparing', { from: describe(from), to: describe(to) })}</p>
      <p className="no-print">
        <Link href={`/guides/${guide.id}/history`}>{t('history')}</Link>
      </p>
      <CompareView
        diff={{ summary: pageSummary(diff.summary, page), blocks: page.blocks }}
        paging={{
          items: page.items,
          page: page.page,
          pageCount: page.pageCount,
          openHref: `${here}&page=${page.page}&open=`,
          pageHref: `${here}&page=`,
          places: movedPlaces(diff.blocks, page.blocks),
        }}
        mode={mode}
        oldLabel={describe(from)}
        newLabel={describe(to)}
        sideHref={`${base}${onPage}&view=side`}
        inlineHref={`${base}${onPage}&view=inline`}
      />
    </>
  );
}
