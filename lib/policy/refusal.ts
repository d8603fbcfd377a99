import { ForbiddenError, UserError } from '@/lib/errors';
import type { Actor } from '@/lib/actor';

/** Who is asking: the signed-in person as far as a rule needs to know (an actor is always active). */
export type Who = Pick<Actor, 'id' | 'role'>;

/**
 * Why a predicate says no. The first three mean "not for you" and are answered as forbidden; the
 * others are keys of the "errors" catalogue that tell the user what to do instead.
 */
export type Refusal =
  | 'forbidden'
  | 'ownSubmission'
  | 'notApprover'
  | 'reviewClosed'
  | 'alreadyDecided'
  | 'notEnoughApprovals'
  | 'approvalRequired'
  | 'revisionNotFound'
  | 'notYourself'
  | 'lastAmbassador';

const NOT_FOR_YOU = ['forbidden', 'ownSubmission', 'notApprover'] as const;

function notForYou(refusal: Refusal): refusal is (typeof NOT_FOR_YOU)[number] {
  return (NOT_FOR_YOU as readonly Refusal[]).includes(refusal);
}

/**
 * Throws what the data layer throws for a refusal, so each rule's message is chosen once, by the
 * predicate. `values` fill the message (e.g. `{ have, need }` for notEnoughApprovals).
 */
export function enforce(refusal: Refusal | null, values?: Record<string, string | number>): void {
  if (refusal === null) return;
  if (notForYou(refusal)) throw new ForbiddenError(refusal);
  throw new UserError(refusal, values);
}
