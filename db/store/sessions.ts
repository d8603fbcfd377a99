import { and, eq, isNull, lt, ne, or } from 'drizzle-orm';
import { sessions } from '../schema';
import type { Tx } from './tx';

let lastPrune = 0;

/** Deletes sessions that ended more than a day ago (nothing reads them); at most every ten minutes. */
export function pruneEndedSessions(tx: Tx, now: number): void {
  if (now - lastPrune < 10 * 60_000) return;
  lastPrune = now;
  const dayAgo = new Date(now - 24 * 3600_000);
  tx.delete(sessions)
    .where(or(lt(sessions.expiresAt, dayAgo), lt(sessions.revokedAt, dayAgo)))
    .run();
}

/** Ends every other session of the user (a password change); `keep` is the device that asked. */
export function revokeOtherSessions(tx: Tx, userId: number, keep: string | null): void {
  tx.update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? ne(sessions.id, keep) : undefined))
    .run();
}
