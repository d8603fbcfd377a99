'use client';
import { useActionState, type ReactNode } from 'react';
import type { FormState } from '@/lib/server/action';
import { FormMessage } from './FormMessage';

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  /** Asked before sending; the form is not sent unless the user agrees. */
  confirm?: string;
};

/** A form for a server action whose fields are rendered by the (server) parent; shows the outcome. */
export function ActionForm({ action, children, className, confirm, ...aria }: Props) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className={className}
      {...aria}
      onSubmit={confirm ? (e) => !window.confirm(confirm) && e.preventDefault() : undefined}
    >
      <FormMessage state={state} />
      {children}
    </form>
  );
}
