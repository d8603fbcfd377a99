'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { changePasswordAction } from '@/app/account/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';

export function PasswordForm() {
  const t = useTranslations('account');
  const ta = useTranslations('auth');
  const [state, action] = useActionState(changePasswordAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field
        name="currentPassword"
        label={t('currentPassword')}
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
