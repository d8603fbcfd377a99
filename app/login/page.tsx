import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hasAnyUser } from '@/db/users';
import { currentActor } from '@/lib/server/auth';
import { LoginForm } from '@/components/auth/LoginForm';
import { LanguagePicker } from '@/components/auth/LanguagePicker';
import { safeNextPath } from '@/lib/next-path';

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  if (!hasAnyUser()) redirect('/setup');
  const next = safeNextPath((await searchParams).next);
  if (await currentActor()) redirect(next ?? '/');
  const t = await getTranslations('auth');
  return (
    <div className="narrow">
      <h1>{t('signInTitle')}</h1>
      <LoginForm next={next} />
      <LanguagePicker />
    </div>
  );
}
