import type { DiffSummary, RoutineValueChange } from '@/lib/diff/types';
import { plural, type CompareLabels, type Plural } from './labels';
import { Template } from './Template';
import styles from './compare.module.css';

type Props = {
  summary: DiffSummary;
  labels: CompareLabels;
  headingId: string;
  /** Where the routine with this id is shown below, if it is. */
  routineHref: (routineId: string) => string | undefined;
};

const COUNTS: (keyof DiffSummary & keyof CompareLabels)[] = [
  'routinesAdded',
  'routinesRemoved',
  'routinesChanged',
  'routinesMoved',
  'blocksAdded',
  'blocksRemoved',
  'blocksChanged',
  'blocksMoved',
];

/** What changed, at a glance: counts, then every owner, "what" and review date change by name. */
export function Summary({ summary, labels, headingId, routineHref }: Props) {
  const counts = COUNTS.filter((key) => (summary[key] as number) > 0).map((key) =>
    plural(labels[key] as Plural, summary[key] as number),
  );
  const details: { template: string; change: RoutineValueChange }[] = [
    ...summary.ownerChanges.map((change) => ({ template: labels.ownerChanged, change })),
    ...summary.whatChanges.map((change) => ({ template: labels.whatChanged, change })),
    ...summary.reviewByChanges.map((change) => ({ template: labels.reviewByChanged, change })),
  ];
  return (
    <section className={styles.summary} aria-labelledby={headingId}>
      <h2 id={headingId}>{labels.summaryHeading}</h2>
      {counts.length === 0 && details.length === 0 && <p>{labels.noChanges}</p>}
      {counts.length > 0 && (
        <ul className={styles.counts}>
          {counts.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {details.length > 0 && (
        <ul className={styles.details}>
          {details.map(({ template, change }, i) => {
            const href = routineHref(change.routineId);
            return (
              <li key={i}>
                <Template
                  text={template}
                  values={{
                    title: href ? <a href={href}>{change.title}</a> : change.title,
                    from: <strong>{change.from ?? labels.noValue}</strong>,
                    to: <strong>{change.to ?? labels.noValue}</strong>,
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
