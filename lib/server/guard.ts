import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { currentActor } from './auth';
import { hasAnyUser } from '@/db/users';
import { can, type Permission } from '@/lib/permissions';
import type { Actor } from '@/lib/actor';

/**
 * For pages: the signed-in user, or a redirect to setup (no users yet) or sign-in. A user with a
 * one-time password is sent to choose their own first.
 */
export async function requireActor(options: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(hasAnyUser() ? '/login' : '/setup');
  if (actor.mustChangePassword && !options.allowPasswordChange) redirect('/account#password');
  return actor;
}

export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
