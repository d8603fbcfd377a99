'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { importGuideAction } from '@/app/guides/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';

export function ImportForm() {
  const t = useTranslations('newGuide');
  const [state, action] = useActionState(importGuideAction, null);
  return (
    <form action={action} aria-labelledby="import-heading" noValidate>
      <FormMessage state={state} />
      <Field
        name="file"
        type="file"
        label={t('file')}
        accept=".md,.mdx,.markdown,text/markdown"
        error={state?.fieldErrors?.file}
      />
      <SubmitButton>{t('import')}</SubmitButton>
    </form>
  );
}
