'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { addPersonAction } from '@/app/people/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { RoleSelect } from './RoleSelect';

export function AddPersonForm() {
  const t = useTranslations('people');
  const [state, action] = useActionState(addPersonAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} noValidate aria-labelledby="add-person-heading">
      <FormMessage state={state} />
      <Field
        name="name"
        label={t('name')}
        autoComplete="off"
        maxLength={100}
        defaultValue={state?.values?.name}
        error={errors.name}
      />
      <Field
        name="email"
        label={t('email')}
        type="email"
        autoComplete="off"
        maxLength={254}
        defaultValue={state?.values?.email}
        error={errors.email}
      />
      <RoleSelect
        id="new-person-role"
        label={t('role')}
        defaultValue={state?.values?.role ?? 'reader'}
        error={errors.role}
      />
      <SubmitButton>{t('add')}</SubmitButton>
    </form>
  );
}
