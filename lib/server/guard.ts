import 'server-only';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import { currentActor } from './auth';
import { hasAnyUser } from '@/db/users';
import { getGuide } from '@/db/guides';
import { idParam } from '@/lib/validation/params';
import type { Permission } from '@/lib/permissions';
import { refusalOf } from '@/lib/errors';
import { hasOwnPassword, mayUse, type Actor } from '@/lib/actor';
import { REQUEST_PATH_HEADER, safeNextPath, withNext } from '@/lib/next-path';

/** The page being rendered, to come back to after signing in or choosing a password. */
async function requestedPath(): Promise<string | null> {
  return safeNextPath((await headers()).get(REQUEST_PATH_HEADER));
}

/**
 * For pages: the signed-in user, or a redirect to setup (no users yet) or sign-in. A user with a
 * one-time password is sent to choose their own first. Both come back to this page afterwards.
 */
export async function requireActor(options: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(hasAnyUser() ? withNext('/login', await requestedPath()) : '/setup');
  if (!hasOwnPassword(actor) && !options.allowPasswordChange)
    redirect(withNext('/account#password', await requestedPath()));
  return actor;
}

export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!mayUse(actor, permission)) forbidden();
  return actor;
}

/**
 * For pages: what a data-layer read returns, with its refusals shown as pages: NotFoundError as the
 * 404 page, ForbiddenError as the 403 page (lib/errors.ts). A UserError is not expected while
 * reading, so it stays an error.
 */
export function forPage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal?.code === 'notFound') notFound();
    if (refusal?.code === 'forbidden') forbidden();
    throw error;
  }
}

/** A numeric id from the URL, or the 404 page. */
export function pageId(raw: string): number {
  return idParam(raw) ?? notFound();
}

/** For guide pages: the user (with the permission) and the guide from the URL, or a 404. */
export async function requireGuide(permission: Permission, params: PageProps<'/guides/[id]'>['params']) {
  const actor = await requirePermission(permission);
  const id = pageId((await params).id);
  return { actor, guide: forPage(() => getGuide(actor, id)) };
}
