import { Fragment } from 'react';
import { useTranslations } from 'next-intl';
import type { Segment } from './lines';
import styles from './compare.module.css';

/**
 * One line of diff text. Inserted and deleted words are <ins>/<del> with a hidden "inserted:" /
 * "deleted:" before them, so screen readers and paper get the change, not only the colour.
 * `plain` is for blocks that are wholly added or removed: the whole block is already one <ins>
 * or <del>, and marking every word again would only repeat the prefix.
 */
export function WordOps({ segments, plain = false }: { segments: readonly Segment[]; plain?: boolean }) {
  const t = useTranslations('compare');
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.op === 'equal' || plain)
          return segment.lineBreak ? null : <Fragment key={i}>{segment.text}</Fragment>;
        const Tag = segment.op === 'insert' ? 'ins' : 'del';
        return (
          <Tag key={i} className={segment.op === 'insert' ? styles.ins : styles.del}>
            <ChangePrefix op={segment.op} />
            {segment.lineBreak ? (
              <>
                <span aria-hidden="true">¶</span>
                <span className={styles.srOnly}>{t('lineBreak')}</span>
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

export function ChangePrefix({ op }: { op: 'insert' | 'delete' }) {
  const t = useTranslations('compare');
  return <span className={styles.srOnly}>{op === 'insert' ? t('insertedPrefix') : t('deletedPrefix')} </span>;
}
