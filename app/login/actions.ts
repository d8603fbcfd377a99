'use server';
import { AuthError } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/server/action';
import { OneTimePasswordExpired, TooManyAttempts, signIn, signOut } from '@/lib/server/auth';
import { signInSchema } from '@/lib/validation/people';

export const signInAction = formAction(null, signInSchema, async (_actor, input) => {
  const t = await getTranslations('errors');
  try {
    await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof TooManyAttempts)
      return { ok: false, error: 'refused', message: t('rateLimited', { minutes: error.retryAfterMinutes }) };
    if (error instanceof OneTimePasswordExpired)
      return { ok: false, error: 'refused', message: t('oneTimePasswordExpired') };
    if (error instanceof AuthError) return { ok: false, error: 'refused', message: t('wrongCredentials') };
    throw error;
  }
  redirect(input.next ?? '/');
});

/** Signing out needs no permission: it only ends the caller's own session (and revokes it, see auth.ts). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
