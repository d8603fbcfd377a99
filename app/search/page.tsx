import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/server/guard';
import { searchGuides } from '@/db/search';
import { can } from '@/lib/permissions';
import { snippetParts } from '@/lib/search/sections';
import { searchQuerySchema } from '@/lib/validation/params';
import styles from './search.module.css';

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const actor = await requirePermission('guide.read');
  const { q, drafts } = searchQuerySchema.parse(await searchParams);
  const t = await getTranslations('search');
  const mayDrafts = can(actor.role, 'guide.readDraft');
  const hits = q ? searchGuides(actor, q, { includeDrafts: drafts && mayDrafts }) : [];
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      <form role="search" action="/search" className={styles.form}>
        <label htmlFor="search-q">{t('label')}</label>
        <p id="search-hint" className={styles.hint}>
          {t('hint')}
        </p>
        <div className={styles.row}>
          <input id="search-q" type="search" name="q" defaultValue={q} maxLength={200} aria-describedby="search-hint" />
          <button type="submit">{t('submit')}</button>
        </div>
        {mayDrafts && (
          <label className={styles.check}>
            <input type="checkbox" name="drafts" value="1" defaultChecked={drafts} /> {t('includeDrafts')}
          </label>
        )}
      </form>
      {q && (
        <>
          <p role="status">{t('results', { count: hits.length, query: q })}</p>
          <ol className={styles.hits}>
            {hits.map((hit, i) => (
              <li key={i}>
                <Link
                  href={`/guides/${hit.guideId}${hit.scope === 'draft' ? '/draft' : ''}${hit.anchor ? `#${hit.anchor}` : ''}`}
                  className={styles.hitTitle}
                >
                  {hit.title || hit.guideTitle}
                </Link>
                <span className={styles.where}>
                  {hit.guideTitle}
                  {hit.scope === 'draft' && ` · ${t('draft')}`}
                </span>
                <p className={styles.snippet}>
                  {snippetParts(hit.snippet).map((part, j) =>
                    part.hit ? <mark key={j}>{part.text}</mark> : <span key={j}>{part.text}</span>,
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
