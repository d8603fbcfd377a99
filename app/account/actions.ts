'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formAction } from '@/lib/server/action';
import { getOwnPasswordHash, setOwnLocale, setOwnPassword } from '@/db/account';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { changePasswordSchema, languageSchema } from '@/lib/validation/people';
import { LOCALE_COOKIE } from '@/lib/server/locale';
import { currentSession } from '@/lib/server/auth';
import { UserError } from '@/lib/errors';

/**
 * Other devices are signed out; this one keeps its session, so the page it re-renders stays signed in.
 * In place of a one-time password, it goes on to where the person was going (`next`, else home).
 */
export const changePasswordAction = formAction('account.password', changePasswordSchema, async (actor, input) => {
  if (!(await verifyPassword(getOwnPasswordHash(actor), input.currentPassword)))
    throw new UserError('wrongCurrentPassword');
  setOwnPassword(actor, await hashPassword(input.newPassword), (await currentSession())?.sessionId ?? null);
  if (actor?.mustChangePassword || input.next) redirect(input.next ?? '/');
  const t = await getTranslations('account');
  revalidatePath('/', 'layout');
  return { ok: true, message: t('passwordChanged') };
});

/** Open to visitors too: they get a cookie; a signed-in user's choice is kept on their account. */
export const setLanguageAction = formAction(null, languageSchema, async (actor, input) => {
  if (actor) setOwnLocale(actor, input.locale);
  (await cookies()).set(LOCALE_COOKIE, input.locale, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 365 * 24 * 3600,
  });
  revalidatePath('/', 'layout');
  const t = await getTranslations({ locale: input.locale, namespace: 'account' });
  return { ok: true, message: t('languageSaved') };
});
