import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from './index';
import { sessions } from './schema';
import { pruneEndedSessions } from './store/sessions';

/** A session lasts 30 days from sign-in, however often it is used (OWASP's absolute timeout). */
export const SESSION_MAX_AGE_MS = 30 * 24 * 3600_000;

/** Starts a session for a user who has just proved their password; returns the id the cookie carries. */
export function openSession(userId: number): string {
  const id = randomBytes(24).toString('base64url');
  const now = Date.now();
  db().transaction((tx) => {
    pruneEndedSessions(tx, now);
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
