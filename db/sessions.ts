import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, ne, or } from 'drizzle-orm';
import { db } from './index';
import { sessions } from './schema';

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0];

/** A session lasts 30 days from sign-in, however often it is used (OWASP's absolute timeout). */
export const SESSION_MAX_AGE_MS = 30 * 24 * 3600_000;

let lastPrune = 0;

/** Starts a session for a user who has just proved their password; returns the id the cookie carries. */
export function openSession(userId: number): string {
  const id = randomBytes(24).toString('base64url');
  const now = Date.now();
  db().transaction((tx) => {
    // Ended sessions are only kept a day, for nothing reads them.
    if (now - lastPrune > 10 * 60_000) {
      lastPrune = now;
      const dayAgo = new Date(now - 24 * 3600_000);
      tx.delete(sessions)
        .where(or(lt(sessions.expiresAt, dayAgo), lt(sessions.revokedAt, dayAgo)))
        .run();
    }
    tx.insert(sessions)
      .values({ id, userId, expiresAt: new Date(now + SESSION_MAX_AGE_MS) })
      .run();
  });
  return id;
}

/** Sign-out: this session's cookie signs nobody in again, even if it was copied. */
export function revokeSession(id: string): void {
  db()
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .run();
}

/** Ends every other session of the user (a password change); `keep` is the device that asked. */
export function revokeOtherSessions(tx: Tx, userId: number, keep: string | null): void {
  tx.update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? ne(sessions.id, keep) : undefined))
    .run();
}
