'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { setLanguageAction } from '@/app/account/actions';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { LOCALES } from '@/lib/locale';
import styles from './LanguagePicker.module.css';

/** Language of the interface; for visitors it is remembered in a cookie, for users on their account. */
export function LanguagePicker({ showMessage = false }: { showMessage?: boolean }) {
  const t = useTranslations('common');
  const ta = useTranslations('account');
  const locale = useLocale();
  const [state, action] = useActionState(setLanguageAction, null);
  return (
    <form action={action} className={styles.picker}>
      {showMessage && <FormMessage state={state} />}
      <label htmlFor="language-select">{t('language')}</label>
      <div className={styles.row}>
        <select id="language-select" name="locale" defaultValue={locale}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languageName.${l}`)}
            </option>
          ))}
        </select>
        <SubmitButton className="secondary">{ta('saveLanguage')}</SubmitButton>
      </div>
    </form>
  );
}
