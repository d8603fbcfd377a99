import type { FormState } from '@/lib/server/action';
import styles from './forms.module.css';

/** The outcome of a form: an alert when refused, a status when done, and a one-time secret if any. */
export function FormMessage({ state, success }: { state: FormState<unknown>; success?: string }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="alert" className={styles.alert}>
        {state.message}
      </p>
    );
  return (
    <div role="status" className={styles.success}>
      {(state.message ?? success) && <p>{state.message ?? success}</p>}
      {state.secret && <code className={styles.secret}>{state.secret}</code>}
    </div>
  );
}
