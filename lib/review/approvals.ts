export type Policy = { required: number; approverIds: number[] | null };

/**
 * Counts approvals of one revision: each eligible reviewer's latest decision on it; an approval
 * of another revision never counts.
 */
export function approvalsOf(
  decisions: { reviewerId: number; decision: 'approved' | 'changes_requested'; revisionId: number }[],
  revisionId: number,
  policy: Policy,
  eligibleIds: number[],
): { approvals: number; required: number; met: boolean } {
  const latest = new Map<number, string>();
  for (const d of decisions) if (d.revisionId === revisionId) latest.set(d.reviewerId, d.decision);
  const approvals = [...latest].filter(([id, decision]) => decision === 'approved' && eligibleIds.includes(id)).length;
  return { approvals, required: policy.required, met: approvals >= Math.max(1, policy.required) };
}
