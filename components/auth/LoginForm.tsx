'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signInAction } from '@/app/login/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';

/** `next`: the page to return to after signing in (already checked by safeNextPath). */
export function LoginForm({ next }: { next: string | null }) {
  const t = useTranslations('auth');
  const [state, action] = useActionState(signInAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        name="email"
        defaultValue={state?.values?.email}
        label={t('email')}
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        error={errors.email}
      />
      <Field
        name="password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        required
        maxLength={200}
        error={errors.password}
      />
      <SubmitButton pendingLabel={t('signingIn')}>{t('signIn')}</SubmitButton>
    </form>
  );
}
