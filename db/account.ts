import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from './index';
import { users } from './schema';
import { recordAudit } from './store/audit';
import { assertCan, type Actor } from '@/lib/actor';

export function getOwnPasswordHash(actor: Actor | null): string {
  assertCan(actor, 'account.self');
  return db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).get()!
    .passwordHash;
}

/** Keeps the session version: the user stays signed in on this device after choosing a new password. */
export function setOwnPassword(actor: Actor | null, passwordHash: string): void {
  assertCan(actor, 'account.self');
  db().transaction((tx) => {
    tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, actor.id)).run();
    recordAudit({ actorId: actor.id, action: 'user.passwordChanged', targetUserId: actor.id }, tx);
  });
}

export function setOwnLocale(actor: Actor | null, locale: 'nb' | 'en'): void {
  assertCan(actor, 'account.self');
  db().update(users).set({ locale }).where(eq(users.id, actor.id)).run();
}
