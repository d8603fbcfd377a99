import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { currentActor } from './auth';
import { hasAnyUser } from '@/db/users';
import { getGuide } from '@/db/guides';
import { idParam } from '@/lib/validation/params';
import type { Permission } from '@/lib/permissions';
import { hasOwnPassword, mayUse, type Actor } from '@/lib/actor';

/**
 * For pages: the signed-in user, or a redirect to setup (no users yet) or sign-in. A user with a
 * one-time password is sent to choose their own first.
 */
export async function requireActor(options: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(hasAnyUser() ? '/login' : '/setup');
  if (!hasOwnPassword(actor) && !options.allowPasswordChange) redirect('/account#password');
  return actor;
}

export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!mayUse(actor, permission)) forbidden();
  return actor;
}

/** For guide pages: the user (with the permission) and the guide from the URL, or a 404. */
export async function requireGuide(permission: Permission, params: Promise<{ id: string }>) {
  const actor = await requirePermission(permission);
  const id = idParam((await params).id);
  const guide = id ? getGuide(actor, id) : null;
  if (!guide) notFound();
  return { actor, guide };
}
