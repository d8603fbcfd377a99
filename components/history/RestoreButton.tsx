'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { restoreAction } from '@/app/guides/[id]/history/actions';
import { ConfirmButton } from '@/components/forms/ConfirmButton';
import { FormMessage } from '@/components/forms/FormMessage';

/** `question`: the sentence that asks first, e.g. "Restore version 2 as the draft? …". */
export function RestoreButton({
  guideId,
  revision,
  label,
  question,
}: {
  guideId: number;
  revision: string;
  label: string;
  question: string;
}) {
  const t = useTranslations('history');
  const [state, action] = useActionState(restoreAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="guideId" value={guideId} />
      <input type="hidden" name="revision" value={revision} />
      <ConfirmButton className="secondary" question={question} confirmLabel={t('restoreConfirmButton')}>
        {t('restore')}
        <span className="visually-hidden">: {label}</span>
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
