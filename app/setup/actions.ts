'use server';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/server/action';
import { signIn } from '@/lib/server/auth';
import { createFirstAmbassador } from '@/db/users';
import { hashPassword } from '@/lib/passwords';
import { setupSchema } from '@/lib/validation/people';

/** Open to visitors only while the installation has no user; the check is inside the insert. */
export const setupAction = formAction(null, setupSchema, async (_actor, input) => {
  createFirstAmbassador({ name: input.name, email: input.email, passwordHash: await hashPassword(input.password) });
  await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  redirect('/');
});
