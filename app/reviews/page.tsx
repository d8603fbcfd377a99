import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { requirePermission } from '@/lib/server/guard';
import { awaitingReview, listRequests } from '@/db/reviews';
import styles from '@/components/review/review.module.css';

export default async function ReviewsPage() {
  const actor = await requirePermission('review.read');
  const [t, dates] = await Promise.all([getTranslations('review'), getDates()]);
  const mine = awaitingReview(actor);
  const open = listRequests(actor, { openOnly: true });
  const item = (r: (typeof open)[number]) => (
    <li key={r.id}>
      <Link href={`/reviews/${r.id}`}>{t('requestTitle', { id: r.id, title: r.guideTitle })}</Link>
      <div className={styles.meta}>
        {t('submittedBy', {
          name: r.submittedByName,
          date: dates.dateTime(r.submittedAt),
        })}
      </div>
      <p>{r.summary}</p>
    </li>
  );
  return (
    <>
      <h1>{t('awaitingTitle')}</h1>
      <section aria-labelledby="awaiting">
        <h2 id="awaiting">{t('awaiting')}</h2>
        {mine.length ? <ul className={styles.requests}>{mine.map(item)}</ul> : <p>{t('awaitingNone')}</p>}
      </section>
      <section aria-labelledby="all-open">
        <h2 id="all-open">{t('allOpen')}</h2>
        {open.length ? <ul className={styles.requests}>{open.map(item)}</ul> : <p>{t('noRequests')}</p>}
      </section>
    </>
  );
}
