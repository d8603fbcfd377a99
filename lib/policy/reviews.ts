import { can } from '@/lib/permissions';
import type { Role } from '@/lib/roles';
import type { Decision, Policy } from '@/lib/review/approvals';
import type { Refusal, Who } from './refusal';

/** As much of a review request as the rules look at. */
type RequestRow = { status: string; submittedBy: number };

/**
 * Whether this person's approval counts under a guide's review policy: active, in a role that may
 * approve, and, when the guide names its approvers, one of them. A named approver who has since been
 * made a reader no longer counts, and is no longer told of new requests.
 */
export function countsAsApprover(person: { id: number; role: Role; active: boolean }, policy: Policy): boolean {
  return (
    person.active &&
    can(person.role, 'review.approve') &&
    (policy.approverIds === null || policy.approverIds.includes(person.id))
  );
}

/**
 * Approve or ask for changes: on an open request, never one's own, and only as a counting approver.
 * Given the decision wanted and the actor's own latest one on this revision, a repeat of the same
 * is refused (one approval, one notification); changing one's mind is not.
 */
export function decideRefusal(
  actor: Who,
  request: RequestRow,
  policy: Policy,
  decision?: { wanted: Decision; latestOwn: Decision | null },
): Refusal | null {
  if (!can(actor.role, 'review.approve')) return 'forbidden';
  if (request.status !== 'open') return 'reviewClosed';
  if (request.submittedBy === actor.id) return 'ownSubmission';
  if (!countsAsApprover({ ...actor, active: true }, policy)) return 'notApprover';
  if (decision && decision.wanted === decision.latestOwn) return 'alreadyDecided';
  return null;
}

export function canDecide(actor: Who, request: RequestRow, policy: Policy): boolean {
  return decideRefusal(actor, request, policy) === null;
}

/** Freeze the draft and ask for review. Allowed whatever the policy: a guide without one may be reviewed too. */
export function submitRefusal(actor: Who): Refusal | null {
  return can(actor.role, 'review.submit') ? null : 'forbidden';
}

export function canSubmit(actor: Who): boolean {
  return submitRefusal(actor) === null;
}

export function withdrawRefusal(actor: Who, request: RequestRow): Refusal | null {
  if (!can(actor.role, 'review.submit')) return 'forbidden';
  if (request.status !== 'open') return 'reviewClosed';
  return null;
}

export function canWithdraw(actor: Who, request: RequestRow): boolean {
  return withdrawRefusal(actor, request) === null;
}

/**
 * Comment on, or resolve a comment of, any request: the discussion may go on after a request is
 * closed, so only the role matters.
 */
export function canComment(actor: Who): boolean {
  return can(actor.role, 'review.comment');
}

/** Publish the approved revision: an open request with enough counting approvals (see approvalsOf). */
export function publishRequestRefusal(actor: Who, request: RequestRow, approvals: { met: boolean }): Refusal | null {
  if (!can(actor.role, 'guide.publish')) return 'forbidden';
  if (request.status !== 'open') return 'reviewClosed';
  if (!approvals.met) return 'notEnoughApprovals';
  return null;
}

export function canPublishRequest(actor: Who, request: RequestRow, approvals: { met: boolean }): boolean {
  return publishRequestRefusal(actor, request, approvals) === null;
}
