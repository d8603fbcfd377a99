import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/server/guard';
import { getDates } from '@/lib/server/dates';
import { allPublished, ownerNames } from '@/db/guides';
import { byOwner, byWhat, mine, ownedRoutines, type OwnedRoutine } from '@/lib/routines/owners';
import styles from './owners.module.css';

export default async function OwnersPage({ searchParams }: PageProps<'/owners'>) {
  const actor = await requirePermission('guide.read');
  const view = (await searchParams).view === 'what' ? 'what' : 'owner';
  const [t, locale, dates] = await Promise.all([getTranslations('owners'), getLocale(), getDates()]);
  const routines = ownedRoutines(allPublished(actor), ownerNames(actor));
  const groups = view === 'what' ? byWhat(routines, locale) : byOwner(routines, locale);
  const my = mine(routines, actor);

  const list = (items: OwnedRoutine[], groupedBy: 'owner' | 'what') => (
    <ul className={styles.list}>
      {items.map((r) => (
        <li key={`${r.guideId}-${r.id}`}>
          <Link href={`/guides/${r.guideId}#routine-${r.id}`}>{r.title || r.id}</Link>
          <span className={styles.meta}>
            {groupedBy === 'owner'
              ? `${t('what')}: ${r.what || t('noWhat')}`
              : `${t('owner')}: ${r.ownerName || t('noOwner')}`}{' '}
            · {r.guideTitle}
            {r.reviewBy && ` · ${t('reviewBy')}: ${dates.date(r.reviewBy)}`}
          </span>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('mine')}</h2>
        {my.length ? list(my, 'owner') : <p>{t('mineNone')}</p>}
      </section>
      <nav aria-label={t('view')} className={`${styles.views} no-print`}>
        <Link href="/owners" aria-current={view === 'owner' ? 'page' : undefined}>
          {t('byOwner')}
        </Link>
        <Link href="/owners?view=what" aria-current={view === 'what' ? 'page' : undefined}>
          {t('byWhat')}
        </Link>
      </nav>
      <h2>{view === 'what' ? t('byWhat') : t('byOwner')}</h2>
      {groups.map((g, i) => (
        <section key={g.key} aria-labelledby={`group-${i}`} className={styles.group}>
          <h3 id={`group-${i}`}>
            {g.label || (view === 'what' ? t('noWhat') : t('noOwner'))}{' '}
            <span className={styles.count}>({t('count', { count: g.routines.length })})</span>
          </h3>
          {list(g.routines, view === 'what' ? 'what' : 'owner')}
        </section>
      ))}
    </>
  );
}
