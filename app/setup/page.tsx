import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hasAnyUser } from '@/db/users';
import { SetupForm } from '@/components/auth/SetupForm';
import { LanguagePicker } from '@/components/auth/LanguagePicker';

export default async function SetupPage() {
  if (hasAnyUser()) redirect('/login');
  const t = await getTranslations('auth');
  return (
    <div className="narrow">
      <h1>{t('setupTitle')}</h1>
      <p className="lead">{t('setupIntro')}</p>
      <SetupForm />
      <LanguagePicker />
    </div>
  );
}
