import { auditLog, type AuditEntry } from '../schema';
import type { Tx } from './tx';

/** Appends an event, inside the transaction of the change it records, so both land or neither. */
export function recordAudit(
  entry: {
    actorId: number | null;
    action: AuditEntry['action'];
    targetUserId?: number | null;
    detail?: Record<string, unknown>;
  },
  tx: Tx,
): void {
  tx.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      targetUserId: entry.targetUserId ?? null,
      detail: entry.detail ?? null,
    })
    .run();
}
