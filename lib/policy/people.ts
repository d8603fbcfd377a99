import { can } from '@/lib/permissions';
import type { Role } from '@/lib/roles';
import type { Refusal, Who } from './refusal';

/** As much of a person as the rules look at. */
type PersonRow = { id: number; role: Role; active: boolean };

/**
 * True when the change would leave nobody to manage people: `person` is an active ambassador, would
 * stop being one, and `otherAmbassadors` (active ambassadors besides them) is 0.
 */
function leavesNoAmbassador(person: PersonRow, after: { role: Role; active: boolean }, otherAmbassadors: number) {
  const isOne = (p: { role: Role; active: boolean }) => p.role === 'ambassador' && p.active;
  return isOne(person) && !isOne(after) && otherAmbassadors === 0;
}

/**
 * Give `person` another role. One's own role may change (an ambassador may step down), but never so
 * that no active ambassador is left.
 */
export function changeRoleRefusal(actor: Who, person: PersonRow, role: Role, otherAmbassadors: number): Refusal | null {
  if (!can(actor.role, 'people.manage')) return 'forbidden';
  if (leavesNoAmbassador(person, { role, active: person.active }, otherAmbassadors)) return 'lastAmbassador';
  return null;
}

export function canChangeRole(actor: Who, person: PersonRow, role: Role, otherAmbassadors: number): boolean {
  return changeRoleRefusal(actor, person, role, otherAmbassadors) === null;
}

/** Deactivate: never oneself (one would be locked out at once), never the last active ambassador. */
export function deactivateRefusal(actor: Who, person: PersonRow, otherAmbassadors: number): Refusal | null {
  if (!can(actor.role, 'people.manage')) return 'forbidden';
  if (person.id === actor.id) return 'notYourself';
  if (leavesNoAmbassador(person, { role: person.role, active: false }, otherAmbassadors)) return 'lastAmbassador';
  return null;
}

/** False too for someone already inactive: there is nothing to deactivate. */
export function canDeactivate(actor: Who, person: PersonRow, otherAmbassadors: number): boolean {
  return person.active && deactivateRefusal(actor, person, otherAmbassadors) === null;
}

export function reactivateRefusal(actor: Who): Refusal | null {
  return can(actor.role, 'people.manage') ? null : 'forbidden';
}

/** False for someone already active: there is nothing to reactivate. */
export function canReactivate(actor: Who, person: PersonRow): boolean {
  return !person.active && reactivateRefusal(actor) === null;
}

/** Reset a password to a one-time one: never one's own (that is what the account page is for). */
export function resetPasswordRefusal(actor: Who, person: Pick<PersonRow, 'id'>): Refusal | null {
  if (!can(actor.role, 'people.manage')) return 'forbidden';
  if (person.id === actor.id) return 'notYourself';
  return null;
}

export function canResetPassword(actor: Who, person: Pick<PersonRow, 'id'>): boolean {
  return resetPasswordRefusal(actor, person) === null;
}
