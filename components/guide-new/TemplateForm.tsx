'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createFromTemplateAction } from '@/app/guides/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import type { TemplateInfo } from '@/lib/templates';
import styles from './NewGuide.module.css';

export function TemplateForm({ templates }: { templates: TemplateInfo[] }) {
  const t = useTranslations('newGuide');
  const [state, action] = useActionState(createFromTemplateAction, null);
  const groups = [
    { language: 'nb', legend: t('inNorwegian') },
    { language: 'en', legend: t('inEnglish') },
  ] as const;
  return (
    <form action={action} aria-labelledby="template-heading" noValidate>
      <FormMessage state={state} />
      {groups.map((g) => (
        <fieldset key={g.language} className={styles.group}>
          <legend>{g.legend}</legend>
          {templates
            .filter((tpl) => tpl.language === g.language)
            .map((tpl, i) => (
              <label key={tpl.id} className={styles.choice} lang={g.language}>
                <input
                  type="radio"
                  name="template"
                  value={`${tpl.language}:${tpl.id}`}
                  defaultChecked={g.language === 'nb' && i === 0}
                />
                <span>
                  <strong>{tpl.title}</strong>
                  <span className={styles.description}>{tpl.description}</span>
                </span>
              </label>
            ))}
        </fieldset>
      ))}
      {state?.fieldErrors?.template && <p role="alert">{state.fieldErrors.template}</p>}
      <Field
        name="title"
        label={t('guideTitle')}
        hint={t('guideTitleHint')}
        maxLength={200}
        error={state?.fieldErrors?.title}
      />
      <SubmitButton>{t('create')}</SubmitButton>
    </form>
  );
}
