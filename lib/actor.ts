import type { Role } from './roles';
import { can, type Permission } from './permissions';
import { ForbiddenError } from './errors';

/** The signed-in user as re-read from the database for this request. */
export type Actor = {
  id: number;
  name: string;
  email: string;
  role: Role;
  locale: 'nb' | 'en' | null;
  mustChangePassword: boolean;
};

/**
 * Whether this signed-in user may use anything yet: someone signed in with a one-time password
 * must choose their own first. Every check goes through here: form actions, route handlers, the
 * page guard and the data layer (through `mayUse`).
 */
export function hasOwnPassword(actor: Actor): boolean {
  return !actor.mustChangePassword;
}

/** The role allows it, and the user has chosen their password (or this is choosing it). */
export function mayUse(actor: Actor, permission: Permission): boolean {
  return can(actor.role, permission) && (hasOwnPassword(actor) || permission === 'account.password');
}

export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor || !mayUse(actor, permission)) throw new ForbiddenError(permission);
}
