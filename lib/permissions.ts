import type { Role } from './roles';

/**
 * What each role may do: the one table every server check and every piece of UI reads. Rules that
 * also look at the row (whose submission, which person) are the predicates in lib/policy/, built on
 * this table. Hiding a button is a convenience; the data-access layer checks the same rules.
 */
const GRANTS = {
  'people.manage': ['ambassador'],
  'audit.read': ['ambassador'],
  'guide.read': ['ambassador', 'reviewer', 'reader'],
  'guide.readDraft': ['ambassador', 'reviewer'],
  'guide.edit': ['ambassador'],
  'guide.publish': ['ambassador'],
  'guide.compareAny': ['ambassador', 'reviewer'],
  'guide.adoption': ['ambassador'],
  'review.read': ['ambassador', 'reviewer'],
  'review.comment': ['ambassador', 'reviewer'],
  // Never one's own submission, and only as a counting approver: lib/policy/reviews.ts decides.
  'review.approve': ['reviewer', 'ambassador'],
  'review.submit': ['ambassador'],
  'review.settings': ['ambassador'],
  'account.self': ['ambassador', 'reviewer', 'reader'],
  // The one thing a session signed in with a one-time password may do (lib/actor.ts, mayUse).
  'account.password': ['ambassador', 'reviewer', 'reader'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof GRANTS;

export function can(role: Role, permission: Permission): boolean {
  return (GRANTS[permission] as readonly Role[]).includes(role);
}
