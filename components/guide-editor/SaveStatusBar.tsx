'use client';
import { useTranslations } from 'next-intl';
import type { SaveStatus } from './useAutosave';
import styles from './DraftEditor.module.css';

/** The save state, announced politely to screen readers as it changes. */
export function SaveStatusBar({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const t = useTranslations('editor');
  const text =
    status.state === 'failed'
      ? t('status.failed', { reason: status.reason })
      : status.state === 'conflict' && status.conflict.byYou
        ? t('status.conflictYou')
        : t(`status.${status.state}`);
  return (
    <div className={styles.status} data-state={status.state}>
      <span role="status" aria-live="polite">
        {text}
      </span>
      {status.state === 'failed' && (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
