import 'server-only';
import { and, asc, eq, gt, gte, isNotNull, sum } from 'drizzle-orm';
import { db } from './index';
import { loginAttempts, signinRefusals, users } from './schema';
import { recordAudit } from './store/audit';
import {
  accountActivity,
  addressFailures,
  countRefusal,
  pairFailures,
  pruneSignInRecords,
  type AccountKey,
} from './store/signin-attempts';
import { assertCan, type Actor } from '@/lib/actor';
import { NotFoundError } from '@/lib/errors';
import { SIGNIN_LIMITS, blockedUntil, decideSignIn } from '@/lib/signin-throttle';

export type SignInUser = {
  id: number;
  passwordHash: string;
  active: boolean;
  mustChangePassword: boolean;
  oneTimePasswordAt: Date | null;
  sessionVersion: number;
};

export type Reservation =
  | { kind: 'verify'; attemptId: number; at: number; user: SignInUser | null }
  | { kind: 'refuse'; until: number; userId: number | null };

/**
 * Checks the limits and, when they allow a verification, reserves it (a `pending` attempt, which
 * counts as a failure until settled) in the same transaction: concurrent sign-ins see each other's
 * reservations, so a burst cannot verify more guesses than the limits allow.
 */
export function reserveSignIn(input: { email: string; ip: string; unknownBucket: number }): Reservation {
  const now = Date.now();
  return db().transaction((tx) => {
    pruneSignInRecords(tx, now);
    const user =
      tx
        .select({
          id: users.id,
          passwordHash: users.passwordHash,
          active: users.active,
          mustChangePassword: users.mustChangePassword,
          oneTimePasswordAt: users.oneTimePasswordAt,
          sessionVersion: users.sessionVersion,
        })
        .from(users)
        .where(eq(users.email, input.email))
        .get() ?? null;
    const key: AccountKey = user ? { userId: user.id } : { unknownBucket: input.unknownBucket };
    const verdict = decideSignIn(
      {
        pair: pairFailures(tx, key, input.ip, now),
        address: addressFailures(tx, input.ip, now),
        account: accountActivity(tx, key, now),
      },
      now,
    );
    if (verdict.kind === 'refuse') {
      countRefusal(tx, { userId: user?.id ?? null, ip: input.ip, reason: 'throttled' }, now);
      return { ...verdict, userId: user?.id ?? null };
    }
    const [row] = tx
      .insert(loginAttempts)
      .values({
        userId: user?.id ?? null,
        unknownBucket: user ? null : input.unknownBucket,
        ip: input.ip,
        result: 'pending',
        at: new Date(verdict.at),
      })
      .returning({ id: loginAttempts.id })
      .all();
    return { kind: 'verify', attemptId: row.id, at: verdict.at, user };
  });
}

export type SignInOutcome = 'success' | 'failure' | 'oneTimePasswordExpired';

/** Records how a reserved attempt ended: the attempt's result, and the audit event or refusal count. */
export function settleSignIn(attemptId: number, outcome: SignInOutcome, userId: number | null, ip: string): void {
  db().transaction((tx) => {
    tx.update(loginAttempts)
      .set({ result: outcome === 'success' ? 'success' : 'failure' })
      .where(eq(loginAttempts.id, attemptId))
      .run();
    if (userId === null) {
      countRefusal(tx, { userId: null, ip, reason: 'unknownAccount' }, Date.now());
      return;
    }
    recordAudit(
      {
        actorId: outcome === 'success' ? userId : null,
        action:
          outcome === 'success'
            ? 'signin.success'
            : outcome === 'failure'
              ? 'signin.failure'
              : 'signin.oneTimePasswordExpired',
        targetUserId: userId,
        detail: { ip },
      },
      tx,
    );
  });
}

export type SignInTrouble = {
  /** Failed attempts in the last 24 hours that still count. */
  failures: number;
  /** Addresses that must wait before they may try this account again. */
  blockedAddresses: number;
  /** Until when the last of them waits (ms), or 0. */
  blockedUntil: number;
  /** Under attack from many addresses: each sign-in waits a few seconds. */
  throttled: boolean;
  /** Sign-ins refused in the last 24 hours. */
  refusals: number;
};

/** For the People page: which accounts the throttle is holding back, and how. */
export function listSignInTrouble(actor: Actor | null): Map<number, SignInTrouble> {
  assertCan(actor, 'people.manage');
  const now = Date.now();
  const since = new Date(now - SIGNIN_LIMITS.pair.windowMs);
  // At most a day of attempts on real accounts, which the throttle itself keeps small.
  const attempts = db()
    .select({ userId: loginAttempts.userId, ip: loginAttempts.ip, result: loginAttempts.result, at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(isNotNull(loginAttempts.userId), gt(loginAttempts.at, since)))
    .orderBy(asc(loginAttempts.at))
    .all();
  const refusals = db()
    .select({ userId: signinRefusals.userId, n: sum(signinRefusals.count) })
    .from(signinRefusals)
    .where(and(isNotNull(signinRefusals.userId), gte(signinRefusals.lastAt, since)))
    .groupBy(signinRefusals.userId)
    .all();

  const trouble = new Map<number, SignInTrouble>();
  const entry = (userId: number) => {
    let t = trouble.get(userId);
    if (!t)
      trouble.set(userId, (t = { failures: 0, blockedAddresses: 0, blockedUntil: 0, throttled: false, refusals: 0 }));
    return t;
  };
  const pairs = new Map<string, { userId: number; failures: number; lastAt: number }>();
  const recent = new Map<number, number>();
  for (const a of attempts) {
    const userId = a.userId!;
    const pairKey = `${userId} ${a.ip}`;
    const pair = pairs.get(pairKey) ?? { userId, failures: 0, lastAt: 0 };
    pairs.set(pairKey, pair);
    if (a.result === 'success') pair.failures = 0;
    if (a.result !== 'failure' && a.result !== 'pending') continue;
    pair.failures += 1;
    pair.lastAt = a.at.getTime();
    if (a.at.getTime() > now - SIGNIN_LIMITS.account.windowMs) recent.set(userId, (recent.get(userId) ?? 0) + 1);
  }
  for (const pair of pairs.values()) {
    if (pair.failures === 0) continue;
    const t = entry(pair.userId);
    t.failures += pair.failures;
    const until = blockedUntil(pair, SIGNIN_LIMITS.pair);
    if (until > now) {
      t.blockedAddresses += 1;
      t.blockedUntil = Math.max(t.blockedUntil, until);
    }
  }
  for (const [userId, n] of recent) if (n >= SIGNIN_LIMITS.account.free) entry(userId).throttled = true;
  for (const r of refusals) entry(r.userId!).refusals = Number(r.n);
  return trouble;
}

/**
 * Lifts every hold the throttle has on one account: its failed attempts stop counting (they are
 * kept, as `forgiven`, until pruned). Attempts from an address against other accounts still count.
 */
export function unlockSignIn(actor: Actor | null, userId: number): void {
  assertCan(actor, 'people.manage');
  db().transaction((tx) => {
    const person = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
    if (!person) throw new NotFoundError('user');
    tx.update(loginAttempts)
      .set({ result: 'forgiven' })
      .where(and(eq(loginAttempts.userId, userId), eq(loginAttempts.result, 'failure')))
      .run();
    recordAudit({ actorId: actor.id, action: 'user.signInUnlocked', targetUserId: userId }, tx);
  });
}
