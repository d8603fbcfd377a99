import { can } from '@/lib/permissions';
import type { Policy } from '@/lib/review/approvals';
import type { Refusal, Who } from './refusal';

/** Publish the draft straight away: only for a guide that needs no approvals; others go through review. */
export function publishDraftRefusal(actor: Who, policy: Pick<Policy, 'required'>): Refusal | null {
  if (!can(actor.role, 'guide.publish')) return 'forbidden';
  if (policy.required > 0) return 'approvalRequired';
  return null;
}

export function canPublishDraft(actor: Who, policy: Pick<Policy, 'required'>): boolean {
  return publishDraftRefusal(actor, policy) === null;
}

/** Make a stored revision the draft again. The draft itself (`id` null) is not something to go back to. */
export function restoreRefusal(actor: Who, source: { id: number | null }): Refusal | null {
  if (!can(actor.role, 'guide.edit')) return 'forbidden';
  if (source.id === null) return 'revisionNotFound';
  return null;
}

export function canRestore(actor: Who, source: { id: number | null }): boolean {
  return restoreRefusal(actor, source) === null;
}
