import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
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
  const [t, format] = await Promise.all([getTranslations('review'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
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
                  <li key={i}>
                    {t(`historyDecision.${d.decision}`, { name: d.reviewerName, id: r.id })} (r{d.revisionId}),{' '}
                    {date(d.at)}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
