'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { restoreAction } from '@/app/guides/[id]/history/actions';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';

export function RestoreButton({ guideId, revision, label }: { guideId: number; revision: string; label: string }) {
  const t = useTranslations('history');
  const [state, action] = useActionState(restoreAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t('restoreConfirm', { label }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="guideId" value={guideId} />
      <input type="hidden" name="revision" value={revision} />
      <SubmitButton className="secondary">
        {t('restore')}
        <span className="visually-hidden">: {label}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
