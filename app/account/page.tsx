import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/server/guard';
import { PasswordForm } from '@/components/account/PasswordForm';
import { LanguagePicker } from '@/components/auth/LanguagePicker';
import { safeNextPath } from '@/lib/next-path';

export default async function AccountPage({ searchParams }: PageProps<'/account'>) {
  const actor = await requireActor({ allowPasswordChange: true });
  const next = safeNextPath((await searchParams).next);
  const t = await getTranslations('account');
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      <p className="lead">
        {actor.name} · {actor.email}
      </p>
      <h2 id="password">{t('passwordTitle')}</h2>
      {actor.mustChangePassword && <p role="alert">{t('mustChange')}</p>}
      <PasswordForm oneTime={actor.mustChangePassword} next={next} />
      <h2>{t('languageTitle')}</h2>
      <p>{t('languageHint')}</p>
      <LanguagePicker showMessage />
    </div>
  );
}
