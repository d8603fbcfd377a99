'use client';
import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div className="narrow" role="alert">
      <h1>{t('somethingWrong')}</h1>
      <button type="button" onClick={reset}>
        {t('tryAgain')}
      </button>
    </div>
  );
}
