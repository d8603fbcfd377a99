import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { z } from 'zod';
import { requireGuide } from '@/lib/server/guard';
import { listRevisions, revisionAuthors } from '@/db/history';
import { listRequests, reviewEvents } from '@/db/reviews';
import { can } from '@/lib/permissions';
import { canRestore } from '@/lib/policy';
import { formatRevisionRef } from '@/lib/validation/params';
import { revisionLabeler, summaryText } from '@/lib/server/revision-label';
import { labelNamesAuthor } from '@/lib/revision-label';
import { RestoreButton } from '@/components/history/RestoreButton';
import { SaveVersionForm } from '@/components/history/SaveVersionForm';
import { ReviewSteps } from '@/components/history/ReviewSteps';
import styles from '@/components/history/history.module.css';

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const dateParam = z.preprocess(
  first,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
);
const filterSchema = z.object({
  author: z.preprocess(first, z.coerce.number().int().positive().optional().catch(undefined)),
  before: z.preprocess(first, z.coerce.number().int().positive().optional().catch(undefined)),
  from: dateParam,
  to: dateParam,
});

export default async function HistoryPage({ params, searchParams }: PageProps<'/guides/[id]/history'>) {
  const { actor, guide } = await requireGuide('guide.read', params);
  const filter = filterSchema.parse(await searchParams);
  const { items, nextBefore } = listRevisions(actor, guide.id, {
    before: filter.before,
    authorId: filter.author,
    from: filter.from ? new Date(`${filter.from}T00:00:00`) : undefined,
    to: filter.to ? new Date(`${filter.to}T23:59:59.999`) : undefined,
  });
  const [t, dates, label, describe] = await Promise.all([
    getTranslations('history'),
    getDates(),
    revisionLabeler(),
    summaryText(),
  ]);
  const refOf = (r: (typeof items)[number]) => (r.version !== null ? `v${r.version}` : `r${r.id}`);
  const editor = can(actor.role, 'guide.edit');
  const keep = new URLSearchParams(
    Object.entries({ author: filter.author, from: filter.from, to: filter.to })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );

  return (
    <>
      <h1>{t('title', { title: guide.title })}</h1>
      <p className="lead">{t('intro')}</p>
      {editor && <SaveVersionForm guideId={guide.id} />}

      <form className={styles.filters} aria-label={t('filters')}>
        <div>
          <label htmlFor="filter-author">{t('author')}</label>
          <select id="filter-author" name="author" defaultValue={filter.author ?? ''}>
            <option value="">{t('anyone')}</option>
            {revisionAuthors(actor, guide.id).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from">{t('from')}</label>
          <input id="filter-from" type="date" name="from" defaultValue={filter.from} />
        </div>
        <div>
          <label htmlFor="filter-to">{t('to')}</label>
          <input id="filter-to" type="date" name="to" defaultValue={filter.to} />
        </div>
        <button type="submit" className="secondary">
          {t('apply')}
        </button>
      </form>

      {items.length > 1 && (
        <form action={`/guides/${guide.id}/compare`} className={styles.filters} aria-labelledby="compare-title">
          <h2 id="compare-title" className={styles.inlineHeading}>
            {t('compareTitle')}
          </h2>
          {(['from', 'to'] as const).map((side) => (
            <div key={side}>
              <label htmlFor={`compare-${side}`}>{side === 'from' ? t('compareFrom') : t('compareTo')}</label>
              <select id={`compare-${side}`} name={side} defaultValue={refOf(items[side === 'from' ? 1 : 0])}>
                {items.map((r) => (
                  <option key={r.id} value={refOf(r)}>
                    {label(r)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit">{t('compare')}</button>
        </form>
      )}

      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className={styles.list}>
          {items.map((r) => {
            return (
              <li key={r.id} className={r.version !== null ? styles.published : undefined}>
                <h2 className={styles.itemTitle}>{label(r)}</h2>
                {!labelNamesAuthor(r) && (
                  <p className={styles.meta}>{t('by', { name: r.authorName, date: dates.dateTime(r.createdAt) })}</p>
                )}
                {r.note && <p>{r.note}</p>}
                {r.summary && <p className={styles.summary}>{describe(r.summary)}</p>}
                <div className={styles.links}>
                  {r.summaryFrom && (
                    <Link href={`/guides/${guide.id}/compare?from=${formatRevisionRef(r.summaryFrom)}&to=${refOf(r)}`}>
                      {t('compareWithPrevious')}
                      <span className="visually-hidden">: {label(r)}</span>
                    </Link>
                  )}
                  {canRestore(actor, r) && (
                    <RestoreButton
                      guideId={guide.id}
                      revision={refOf(r)}
                      label={label(r)}
                      question={t('restoreConfirm', {
                        kind: r.version !== null ? 'published' : r.kind === 'named' && r.name ? 'named' : 'other',
                        version: r.version ?? 0,
                        name: r.name ?? '',
                        date: dates.dateTime(r.createdAt),
                      })}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {can(actor.role, 'review.read') && (
        <ReviewSteps requests={listRequests(actor, { guideId: guide.id })} decisions={reviewEvents(actor, guide.id)} />
      )}
      <nav aria-label={t('older')} className={styles.paging}>
        {filter.before && <Link href={`/guides/${guide.id}/history?${keep}`}>{t('newest')}</Link>}
        {nextBefore && (
          <Link href={`/guides/${guide.id}/history?${new URLSearchParams([...keep, ['before', String(nextBefore)]])}`}>
            {t('older')} →
          </Link>
        )}
      </nav>
    </>
  );
}
