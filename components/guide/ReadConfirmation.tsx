'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { confirmReadAction } from '@/app/guides/[id]/actions';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';

export function ReadConfirmation({ guideId, version, prompt }: { guideId: number; version: number; prompt: string }) {
  const t = useTranslations('reading');
  const [state, action] = useActionState(confirmReadAction, null);
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form action={action}>
      <FormMessage state={state} />
      <p>{prompt}</p>
      <input type="hidden" name="guideId" value={guideId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton>{t('confirm', { version })}</SubmitButton>
    </form>
  );
}
