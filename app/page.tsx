import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { requirePermission } from '@/lib/server/guard';
import { can } from '@/lib/permissions';
import { allDrafts, listGuides } from '@/db/guides';
import { routinesDue } from '@/lib/routines/due';
import styles from './home.module.css';

export default async function HomePage() {
  const actor = await requirePermission('guide.read');
  const [t, tg, dates] = await Promise.all([getTranslations('home'), getTranslations('guide'), getDates()]);
  const guides = listGuides(actor);
  const editor = can(actor.role, 'guide.edit');
  const due = editor ? routinesDue(allDrafts(actor), new Date().toISOString().slice(0, 10)) : [];
  return (
    <div className="narrow">
      <h1>{t('title', { name: actor.name })}</h1>
      <h2>{tg('guides')}</h2>
      {guides.length === 0 ? (
        <p>{editor ? t('noGuideAmbassador') : t('noGuideReader')}</p>
      ) : (
        <ul className={styles.guides}>
          {guides.map((g) => (
            <li key={g.id}>
              <Link href={`/guides/${g.id}`} className={styles.title}>
                {g.title}
              </Link>
              <span className={styles.meta}>
                {g.publishedVersion !== null
                  ? `${tg('version', { version: g.publishedVersion })} · ${dates.date(g.publishedAt!)}`
                  : tg('notPublished')}
                {' · '}
                {tg(`guideLanguage.${g.language}`)}
              </span>
              {editor && (
                <span className={styles.links}>
                  <Link href={`/guides/${g.id}/edit`}>{tg('edit')}</Link>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editor && (
        <p>
          <Link className="button" href="/guides/new">
            {tg('newGuide')}
          </Link>
        </p>
      )}
      {editor && (
        <section aria-labelledby="due-heading">
          <h2 id="due-heading">{tg('overdue')}</h2>
          {due.length === 0 ? (
            <p>{tg('overdueNone')}</p>
          ) : (
            <ul>
              {due.map((r) => (
                <li key={`${r.guideId}-${r.id}`}>
                  <Link href={`/guides/${r.guideId}/edit#routine-${r.id}`}>
                    {tg('overdueItem', {
                      title: r.title,
                      guide: r.guideTitle,
                      date: dates.date(r.reviewBy!),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
