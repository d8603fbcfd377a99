'use server';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formAction } from '@/lib/server/action';
import { addPerson, changeRole, resetPassword, setActive } from '@/db/people';
import { unlockSignIn } from '@/db/signin';
import { hashPassword, oneTimePassword } from '@/lib/passwords';
import { addPersonSchema, changeRoleSchema, userIdField, userRefSchema } from '@/lib/validation/people';

export const addPersonAction = formAction('people.manage', addPersonSchema, async (actor, input) => {
  const password = oneTimePassword();
  addPerson(actor, { ...input, passwordHash: await hashPassword(password) });
  revalidatePath('/people');
  const t = await getTranslations('people');
  return { ok: true, message: t('added', { name: input.name }), secret: password };
});

export const changeRoleAction = formAction('people.manage', changeRoleSchema, async (actor, input) => {
  changeRole(actor, input.userId, input.role);
  revalidatePath('/people');
  return { ok: true, message: (await getTranslations('people'))('roleChanged') };
});

const setActiveSchema = z.object({
  userId: userIdField,
  active: z.enum(['true', 'false'], { error: 'invalid' }),
  name: z.string().max(100).optional(),
});

export const setActiveAction = formAction('people.manage', setActiveSchema, async (actor, input) => {
  const active = input.active === 'true';
  setActive(actor, input.userId, active);
  revalidatePath('/people');
  const t = await getTranslations('people');
  return { ok: true, message: t(active ? 'reactivated' : 'deactivated', { name: input.name ?? '' }) };
});

export const resetPasswordAction = formAction(
  'people.manage',
  userRefSchema.extend({ name: z.string().max(100).optional() }),
  async (actor, input) => {
    const password = oneTimePassword();
    resetPassword(actor, input.userId, await hashPassword(password));
    revalidatePath('/people');
    const t = await getTranslations('people');
    return { ok: true, message: t('passwordReset', { name: input.name ?? '' }), secret: password };
  },
);

/** Lifts the sign-in throttle's hold on an account (a forgotten password, or a stranger's guesses). */
export const unlockSignInAction = formAction(
  'people.manage',
  userRefSchema.extend({ name: z.string().max(100).optional() }),
  async (actor, input) => {
    unlockSignIn(actor, input.userId);
    revalidatePath('/people');
    const t = await getTranslations('people');
    return { ok: true, message: t('signInUnlocked', { name: input.name ?? '' }) };
  },
);
