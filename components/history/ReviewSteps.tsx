import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import type { listRequests, reviewEvents } from '@/db/reviews';

/** Who submitted, approved or asked for changes, on which revision and when: for the history page. */
export async function ReviewSteps({
  requests,
  decisions,
}: {
  requests: ReturnType<typeof listRequests>;
  decisions: ReturnType<typeof reviewEvents>;
}) {
  if (requests.length === 0) return null;
  const [t, dates] = await Promise.all([getTranslations('review'), getDates()]);
  const date = (d: Date) => dates.dateTime(d);
  return (
    <section aria-labelledby="review-steps">
      <h2 id="review-steps">{t('historyReviews')}</h2>
      <ul>
        {requests.map((r) => (
          <li key={r.id}>
            <Link href={`/reviews/${r.id}`}>{t('goToRequest', { id: r.id })}</Link> · {t(`status.${r.status}`)} ·{' '}
            {t('submittedBy', { name: r.submittedByName, date: date(r.submittedAt) })}
            <ul>
              {decisions
                .filter((d) => d.requestId === r.id)
                .map((d, i) => (
                  <li key={i}>{t(`decision.${d.decision}`, { name: d.reviewerName, date: date(d.at) })}</li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
