'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { changePasswordAction } from '@/app/account/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';

/**
 * `oneTime`: the person signed in with a one-time password, which is what they type as the current
 * one. `next`: where to go once it is changed (checked by safeNextPath).
 */
export function PasswordForm({ oneTime, next }: { oneTime: boolean; next: string | null }) {
  const t = useTranslations('account');
  const ta = useTranslations('auth');
  const [state, action] = useActionState(changePasswordAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        name="currentPassword"
        label={oneTime ? t('oneTimePassword') : t('currentPassword')}
        type="password"
        autoComplete="current-password"
        maxLength={200}
        error={errors.currentPassword}
      />
      <Field
        name="newPassword"
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        minLength={10}
        maxLength={200}
        hint={ta('passwordHint')}
        error={errors.newPassword}
      />
      <Field
        name="confirmPassword"
        label={t('confirmPassword')}
        type="password"
        autoComplete="new-password"
        maxLength={200}
        error={errors.confirmPassword}
      />
      <SubmitButton>{t('changePassword')}</SubmitButton>
    </form>
  );
}
