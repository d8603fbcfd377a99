import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { changeValues, countText, summaryParts } from '@/lib/diff/summary';
import { useDates } from '@/components/dates/useDates';
import type { DiffSummary } from '@/lib/diff/types';
import styles from './compare.module.css';

type Props = {
  summary: DiffSummary;
  headingId: string;
  /** Where the routine with this id is shown below, if it is. */
  routineHref: (routineId: string) => string | undefined;
};

/**
 * What changed, at a glance: counts (routines by name), then every owner, "what" and review date change by name,
 * linked to the routine below. The same phrases as History and the reading notice, from the
 * "diff" catalogue; there they run inside a sentence, here each is an item (see .summary in the CSS).
 */
export function Summary({ summary, headingId, routineHref }: Props) {
  const t = useTranslations('compare');
  const tDiff = useTranslations('diff');
  const dates = useDates();
  const parts = summaryParts(summary);
  const counts: { key: string; text: string }[] = [];
  const details: ReactNode[] = [];
  let none: string | null = null;
  for (const part of parts) {
    if (part.kind === 'count') counts.push({ key: part.key, text: countText(part, tDiff) });
    // Each phrase is a list item of its own here, so each starts like a sentence.
    else if (part.kind === 'none') none = tDiff(part.key, { position: 'start' });
    else {
      const { routineId, title } = part.change;
      const href = routineHref(routineId);
      details.push(
        tDiff.rich(part.key, {
          title,
          ...changeValues(part, tDiff, dates),
          position: 'start',
          routine: (chunks) => (href ? <a href={href}>{chunks}</a> : chunks),
          value: (chunks) => <strong>{chunks}</strong>,
        }),
      );
    }
  }
  return (
    <section className={styles.summary} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summaryHeading')}</h2>
      {none !== null && <p>{none}</p>}
      {counts.length > 0 && (
        <ul className={styles.counts}>
          {counts.map(({ key, text }) => (
            <li key={key}>{text}</li>
          ))}
        </ul>
      )}
      {details.length > 0 && (
        <ul className={styles.details}>
          {details.map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
