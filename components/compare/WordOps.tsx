import { Fragment } from 'react';
import type { CompareLabels } from './labels';
import type { Segment } from './lines';
import styles from './compare.module.css';

/**
 * One line of diff text. Inserted and deleted words are <ins>/<del> with a hidden "inserted:" /
 * "deleted:" before them, so screen readers and paper get the change, not only the colour.
 * `plain` is for blocks that are wholly added or removed: the whole block is already one <ins>
 * or <del>, and marking every word again would only repeat the prefix.
 */
export function WordOps({
  segments,
  labels,
  plain = false,
}: {
  segments: readonly Segment[];
  labels: CompareLabels;
  plain?: boolean;
}) {
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.op === 'equal' || plain)
          return segment.lineBreak ? null : <Fragment key={i}>{segment.text}</Fragment>;
        const Tag = segment.op === 'insert' ? 'ins' : 'del';
        return (
          <Tag key={i} className={segment.op === 'insert' ? styles.ins : styles.del}>
            <ChangePrefix op={segment.op} labels={labels} />
            {segment.lineBreak ? (
              <>
                <span aria-hidden="true">¶</span>
                <span className={styles.srOnly}>{labels.lineBreak}</span>
              </>
            ) : (
              segment.text
            )}
          </Tag>
        );
      })}
    </>
  );
}

export function ChangePrefix({ op, labels }: { op: 'insert' | 'delete'; labels: CompareLabels }) {
  return <span className={styles.srOnly}>{op === 'insert' ? labels.insertedPrefix : labels.deletedPrefix} </span>;
}
