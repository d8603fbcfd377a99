import 'server-only';
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { db } from './index';
import { users } from './schema';
import type { Role } from '@/lib/roles';
import { recordAudit } from './store/audit';
import type { Tx } from './store/tx';
import { assertCan, type Actor } from '@/lib/actor';
import { NotFoundError, UserError } from '@/lib/errors';
import { changeRoleRefusal, deactivateRefusal, enforce, reactivateRefusal, resetPasswordRefusal } from '@/lib/policy';

export type Person = {
  id: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
};

const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
};

export function listPeople(actor: Actor | null): Person[] {
  assertCan(actor, 'people.manage');
  return db().select(personColumns).from(users).orderBy(asc(users.name)).all();
}

/** Active people, for picking a routine owner. Readable by anyone who may edit a guide. */
export function listActivePeopleNames(actor: Actor | null): { email: string; name: string }[] {
  assertCan(actor, 'guide.edit');
  return db()
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all();
}

function getPerson(tx: Tx, userId: number): Person {
  const person = tx.select(personColumns).from(users).where(eq(users.id, userId)).get();
  if (!person) throw new NotFoundError('user');
  return person;
}

/** Active ambassadors besides this person: what the last-ambassador rule needs to know. */
function otherAmbassadors(tx: Tx, userId: number): number {
  const [{ n }] = tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'ambassador'), eq(users.active, true), ne(users.id, userId)))
    .all();
  return n;
}

export function addPerson(
  actor: Actor | null,
  input: { name: string; email: string; role: Role; passwordHash: string },
): { id: number } {
  assertCan(actor, 'people.manage');
  return db().transaction((tx) => {
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (existing) throw new UserError('emailTaken');
    const [row] = tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash: input.passwordHash,
        mustChangePassword: true,
        oneTimePasswordAt: new Date(),
      })
      .returning({ id: users.id })
      .all();
    recordAudit({ actorId: actor.id, action: 'user.added', targetUserId: row.id, detail: { role: input.role } }, tx);
    return row;
  });
}

export function changeRole(actor: Actor | null, userId: number, role: Role): void {
  assertCan(actor, 'people.manage');
  db().transaction((tx) => {
    const person = getPerson(tx, userId);
    if (person.role === role) return;
    enforce(changeRoleRefusal(actor, person, role, otherAmbassadors(tx, userId)));
    tx.update(users).set({ role }).where(eq(users.id, userId)).run();
    recordAudit(
      { actorId: actor.id, action: 'user.roleChanged', targetUserId: userId, detail: { from: person.role, to: role } },
      tx,
    );
  });
}

export function setActive(actor: Actor | null, userId: number, active: boolean): void {
  assertCan(actor, 'people.manage');
  db().transaction((tx) => {
    const person = getPerson(tx, userId);
    if (person.active === active) return;
    enforce(active ? reactivateRefusal(actor) : deactivateRefusal(actor, person, otherAmbassadors(tx, userId)));
    tx.update(users)
      .set({ active, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .run();
    recordAudit(
      { actorId: actor.id, action: active ? 'user.reactivated' : 'user.deactivated', targetUserId: userId },
      tx,
    );
  });
}

/** Replaces the password with a one-time one and signs the person out everywhere. */
export function resetPassword(actor: Actor | null, userId: number, passwordHash: string): void {
  assertCan(actor, 'people.manage');
  db().transaction((tx) => {
    enforce(resetPasswordRefusal(actor, getPerson(tx, userId)));
    tx.update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        oneTimePasswordAt: new Date(),
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, userId))
      .run();
    recordAudit({ actorId: actor.id, action: 'user.passwordReset', targetUserId: userId }, tx);
  });
}
