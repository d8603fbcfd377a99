import 'server-only';
import { and, count, eq, gt } from 'drizzle-orm';
import { db } from './index';
import { loginAttempts, users } from './schema';
import { recordAudit } from './store/audit';
import type { Actor } from '@/lib/actor';
import { UserError } from '@/lib/errors';

export function hasAnyUser(): boolean {
  const [{ n }] = db().select({ n: count() }).from(users).all();
  return n > 0;
}

/** The setup step: only while there is no user at all, checked inside the write transaction. */
export function createFirstAmbassador(input: { name: string; email: string; passwordHash: string }): { id: number } {
  return db().transaction((tx) => {
    const [{ n }] = tx.select({ n: count() }).from(users).all();
    if (n > 0) throw new UserError('setupDone');
    const [row] = tx
      .insert(users)
      .values({ name: input.name, email: input.email, role: 'ambassador', passwordHash: input.passwordHash })
      .returning({ id: users.id })
      .all();
    recordAudit({ actorId: row.id, action: 'setup.completed', targetUserId: row.id }, tx);
    return row;
  });
}

export function findUserForSignIn(email: string) {
  return db()
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email))
    .get();
}

/**
 * Re-reads the signed-in user on every request, so a role change, deactivation or password reset
 * takes effect at once, whatever the session token says.
 */
export function loadActor(id: number, sessionVersion: number): Actor | null {
  const row = db()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      locale: users.locale,
      active: users.active,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!row || !row.active || row.sessionVersion !== sessionVersion) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    locale: row.locale,
    mustChangePassword: row.mustChangePassword,
  };
}

export const SIGNIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** True when this e-mail or this client address has failed too often within the window. */
export function signInLocked(email: string, ip: string): boolean {
  const since = new Date(Date.now() - SIGNIN_WINDOW_MS);
  const failures = (where: ReturnType<typeof and>) =>
    db().select({ n: count() }).from(loginAttempts).where(where).all()[0].n;
  return (
    failures(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false), gt(loginAttempts.at, since))) >=
      MAX_FAILURES_PER_ACCOUNT ||
    failures(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since))) >=
      MAX_FAILURES_PER_ADDRESS
  );
}

export function recordSignIn(attempt: {
  email: string;
  ip: string;
  success: boolean;
  userId: number | null;
  locked?: boolean;
}): void {
  db().transaction((tx) => {
    if (!attempt.locked)
      tx.insert(loginAttempts).values({ email: attempt.email, ip: attempt.ip, success: attempt.success }).run();
    recordAudit(
      {
        actorId: attempt.userId,
        action: attempt.locked ? 'signin.rateLimited' : attempt.success ? 'signin.success' : 'signin.failure',
        targetUserId: attempt.userId,
        detail: { email: attempt.email, ip: attempt.ip },
      },
      tx,
    );
  });
}

/**
 * For the command-line tool, which runs with the access of whoever can open the database file:
 * the ambassador it acts as (by e-mail, or the first active one), so its changes are audited.
 */
export function cliActor(email?: string): Actor | null {
  const row = db()
    .select({ id: users.id, sessionVersion: users.sessionVersion })
    .from(users)
    .where(
      email
        ? and(eq(users.email, email.toLowerCase()), eq(users.role, 'ambassador'))
        : and(eq(users.role, 'ambassador'), eq(users.active, true)),
    )
    .orderBy(users.id)
    .limit(1)
    .get();
  return row ? loadActor(row.id, row.sessionVersion) : null;
}
