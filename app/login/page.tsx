import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hasAnyUser } from '@/db/users';
import { currentActor } from '@/lib/server/auth';
import { LoginForm } from '@/components/auth/LoginForm';
import { LanguagePicker } from '@/components/auth/LanguagePicker';

export default async function LoginPage() {
  if (!hasAnyUser()) redirect('/setup');
  if (await currentActor()) redirect('/');
  const t = await getTranslations('auth');
  return (
    <div className="narrow">
      <h1>{t('signInTitle')}</h1>
      <LoginForm />
      <LanguagePicker />
    </div>
  );
}
