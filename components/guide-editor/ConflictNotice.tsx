'use client';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { useDates } from '@/components/dates/useDates';
import { diffDocs } from '@/lib/diff';
import type { GuideDoc } from '@/lib/doc/types';
import { BlockContent } from '@/components/compare/BlockContent';
import type { Conflict } from './useAutosave';
import styles from './DraftEditor.module.css';

/** Most changed blocks listed; a conflict between two windows is usually a few. */
const MAX_BLOCKS = 20;

/**
 * Shown when a save ran into a newer draft: who saved it and when (the same person in another
 * window is told so), what differs between that draft and the text here, and the two ways on.
 */
export function ConflictNotice({
  conflict,
  mine,
  onTakeTheirs,
  onOverwrite,
}: {
  conflict: Conflict;
  mine: GuideDoc;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}) {
  const t = useTranslations('editor.conflict');
  const time = useDates().time(conflict.updatedAt);
  const who = conflict.byYou ? 'you' : 'other';
  const changed = useMemo(
    () => diffDocs(conflict.doc, mine).blocks.filter((block) => block.status !== 'equal'),
    [conflict.doc, mine],
  );

  return (
    <section role="alert" aria-labelledby="conflict-title" className={styles.conflict}>
      <h2 id="conflict-title">
        {conflict.byYou ? t('titleYou', { time }) : t('titleOther', { name: conflict.updatedByName, time })}
      </h2>
      <p>{t(`text.${who}`)}</p>
      <section aria-labelledby="conflict-differs" className={styles.differs}>
        <h3 id="conflict-differs">{t('differs')}</h3>
        {changed.length === 0 ? (
          <p>{t('same')}</p>
        ) : (
          <>
            <p>{t(`legend.${who}`)}</p>
            {changed.slice(0, MAX_BLOCKS).map((block, i) => (
              <BlockContent key={i} block={block} view="inline" />
            ))}
            {changed.length > MAX_BLOCKS && <p>{t('more', { count: changed.length - MAX_BLOCKS })}</p>}
          </>
        )}
      </section>
      <div className={styles.buttons}>
        <button type="button" className="secondary" onClick={onTakeTheirs}>
          {t(`loadTheirs.${who}`)}
        </button>
        <button type="button" className="danger" onClick={onOverwrite}>
          {t('overwrite')}
        </button>
      </div>
    </section>
  );
}
