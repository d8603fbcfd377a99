'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import styles from './DraftEditor.module.css';

/**
 * Asked when leaving the editor while the latest text could not be saved. A modal <dialog>: focus
 * stays inside, Escape means Stay.
 */
export function LeaveDialog({
  open,
  reason,
  onStay,
  onLeave,
}: {
  open: boolean;
  /** Why the save failed, already worded for the user; absent for a conflict. */
  reason: string | null;
  onStay: () => void;
  onLeave: () => void;
}) {
  const t = useTranslations('editor.leave');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (open && !element?.open) element?.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-title">{t('title')}</h2>
      <p id="leave-text">{reason ? t('failed', { reason }) : t('conflict')}</p>
      <div className={styles.buttons}>
        <button type="button" autoFocus onClick={onStay}>
          {t('stay')}
        </button>
        <button type="button" className="danger" onClick={onLeave}>
          {t('leave')}
        </button>
      </div>
    </dialog>
  );
}
