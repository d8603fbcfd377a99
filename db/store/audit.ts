import { auditLog } from '../schema';
import type { Tx } from './tx';

export type AuditAction =
  | 'setup.completed'
  | 'signin.success'
  | 'signin.failure'
  | 'signin.rateLimited'
  | 'signin.oneTimePasswordExpired'
  | 'user.added'
  | 'user.roleChanged'
  | 'user.deactivated'
  | 'user.reactivated'
  | 'user.passwordReset'
  | 'user.passwordChanged'
  | 'user.signInUnlocked'
  | (string & {});

/** Appends an event, inside the transaction of the change it records, so both land or neither. */
export function recordAudit(
  entry: {
    actorId: number | null;
    action: AuditAction;
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
