'use client';
import { useId, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import styles from './forms.module.css';

type Props = {
  /** The button that asks; inside the form it will send. */
  children: ReactNode;
  /** The question, as a sentence: "Deactivate Ola Nordmann? They can no longer sign in; …". */
  question: string;
  /** The button in the dialog that sends the form. */
  confirmLabel: string;
  className?: string;
};

/**
 * A submit button that first asks, in a modal dialog named by its question (focus moves into it,
 * Escape or Cancel closes it). The dialog sits inside the form, so its confirm button sends it.
 */
export function ConfirmButton({ children, question, confirmLabel, className }: Props) {
  const tc = useTranslations('common');
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  return (
    <>
      <button type="button" className={className} onClick={() => dialog.current?.showModal()}>
        {children}
      </button>
      <dialog ref={dialog} aria-labelledby={questionId} className={styles.dialog}>
        <p id={questionId}>{question}</p>
        <div className={styles.dialogButtons}>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()} autoFocus>
            {tc('cancel')}
          </button>
          {/* Closing does not stop the click from sending the form. */}
          <button type="submit" className={className} onClick={() => dialog.current?.close()}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
