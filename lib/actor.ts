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

export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor || !can(actor.role, permission)) throw new ForbiddenError(permission);
}
