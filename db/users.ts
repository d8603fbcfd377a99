import 'server-only';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { db } from './index';
import { sessions, users } from './schema';
import { recordAudit } from './store/audit';
import { oneTimePasswordExpired } from '@/lib/passwords';
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

/**
 * Re-reads the signed-in user on every request, so a role change, deactivation, password reset or
 * sign-out takes effect at once, whatever the session token says: the token's session must still be
 * open, and a one-time password's session ends with the password's 72 hours.
 */
export function loadActor(id: number, sessionVersion: number, sessionId: string): Actor | null {
  const row = db()
    .select({ ...actorColumns, sessionUser: sessions.userId })
    .from(users)
    .leftJoin(sessions, and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())))
    .where(eq(users.id, id))
    .get();
  if (!row || row.sessionUser !== id || !row.active || row.sessionVersion !== sessionVersion) return null;
  if (oneTimePasswordExpired(row)) return null;
  return toActor(row);
}

const actorColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  locale: users.locale,
  active: users.active,
  sessionVersion: users.sessionVersion,
  mustChangePassword: users.mustChangePassword,
  oneTimePasswordAt: users.oneTimePasswordAt,
};

function toActor(row: {
  id: number;
  name: string;
  email: string;
  role: Actor['role'];
  locale: Actor['locale'];
  mustChangePassword: boolean;
}): Actor {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    locale: row.locale,
    mustChangePassword: row.mustChangePassword,
  };
}

/**
 * For the command-line tool, which runs with the access of whoever can open the database file:
 * the ambassador it acts as (by e-mail, or the first active one), so its changes are audited.
 */
export function cliActor(email?: string): Actor | null {
  const row = db()
    .select(actorColumns)
    .from(users)
    .where(
      email
        ? and(eq(users.email, email.toLowerCase()), eq(users.role, 'ambassador'))
        : and(eq(users.role, 'ambassador'), eq(users.active, true)),
    )
    .orderBy(users.id)
    .limit(1)
    .get();
  return row?.active ? toActor(row) : null;
}
