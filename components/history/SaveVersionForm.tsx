'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { saveVersionAction } from '@/app/guides/[id]/history/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import styles from './history.module.css';

export function SaveVersionForm({ guideId }: { guideId: number }) {
  const t = useTranslations('history');
  const [state, action] = useActionState(saveVersionAction, null);
  return (
    <form action={action} className={styles.saveVersion} aria-labelledby="save-version-title">
      <h2 id="save-version-title" className={styles.inlineHeading}>
        {t('saveVersionTitle')}
      </h2>
      <FormMessage state={state} />
      <input type="hidden" name="guideId" value={guideId} />
      <Field
        name="name"
        label={t('saveVersionName')}
        hint={t('saveVersionHint')}
        maxLength={200}
        error={state?.fieldErrors?.name}
      />
      <SubmitButton className="secondary">{t('saveVersion')}</SubmitButton>
    </form>
  );
}
