export type Policy = { required: number; approverIds: number[] | null };

export type Decision = 'approved' | 'changes_requested';

/** A reviewer's latest decision on one revision (the one that counts), or null if they made none. */
export function latestDecisionBy<D extends { reviewerId: number; decision: Decision; revisionId: number }>(
  decisions: readonly D[],
  reviewerId: number,
  revisionId: number,
): D | null {
  return decisions.findLast((d) => d.reviewerId === reviewerId && d.revisionId === revisionId) ?? null;
}

/**
 * Counts approvals of one revision: each eligible reviewer's latest decision on it; an approval
 * of another revision never counts.
 */
export function approvalsOf(
  decisions: { reviewerId: number; decision: Decision; revisionId: number }[],
  revisionId: number,
  policy: Policy,
  eligibleIds: number[],
): { approvals: number; required: number; met: boolean } {
  const latest = new Map<number, string>();
  for (const d of decisions) if (d.revisionId === revisionId) latest.set(d.reviewerId, d.decision);
  const approvals = [...latest].filter(([id, decision]) => decision === 'approved' && eligibleIds.includes(id)).length;
  return { approvals, required: policy.required, met: approvals >= Math.max(1, policy.required) };
}
