import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from './index';
import { users } from './schema';
import { recordAudit } from './store/audit';
import { revokeOtherSessions } from './store/sessions';
import { assertCan, type Actor } from '@/lib/actor';

export function getOwnPasswordHash(actor: Actor | null): string {
  assertCan(actor, 'account.password');
  return db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).get()!
    .passwordHash;
}

/**
 * Signs out every other device (whoever knew the old password may be one of them); the session that
 * asked, `keepSession`, stays signed in with the cookie it already has.
 */
export function setOwnPassword(actor: Actor | null, passwordHash: string, keepSession: string | null): void {
  assertCan(actor, 'account.password');
  db().transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, mustChangePassword: false, oneTimePasswordAt: null })
      .where(eq(users.id, actor.id))
      .run();
    revokeOtherSessions(tx, actor.id, keepSession);
    recordAudit({ actorId: actor.id, action: 'user.passwordChanged', targetUserId: actor.id }, tx);
  });
}

export function setOwnLocale(actor: Actor | null, locale: 'nb' | 'en'): void {
  assertCan(actor, 'account.self');
  db().update(users).set({ locale }).where(eq(users.id, actor.id)).run();
}
