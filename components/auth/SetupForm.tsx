'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { setupAction } from '@/app/setup/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';

export function SetupForm() {
  const t = useTranslations('auth');
  const [state, action] = useActionState(setupAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field
        name="name"
        defaultValue={state?.values?.name}
        label={t('name')}
        autoComplete="name"
        required
        maxLength={100}
        error={errors.name}
      />
      <Field
        name="email"
        defaultValue={state?.values?.email}
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        error={errors.email}
      />
      <Field
        name="password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        hint={t('passwordHint')}
        error={errors.password}
      />
      <SubmitButton>{t('createAccount')}</SubmitButton>
    </form>
  );
}
