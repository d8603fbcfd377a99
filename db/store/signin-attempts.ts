import { and, count, eq, gt, inArray, isNull, lt, max, sql, type SQL } from 'drizzle-orm';
import { loginAttempts, signinRefusals } from '../schema';
import { SIGNIN_LIMITS } from '@/lib/signin-throttle';
import type { Tx } from './tx';

/*
 * The sign-in throttle's records, read and written inside the transaction of db/signin.ts that
 * checks the limits and reserves the attempt (so concurrent sign-ins see each other).
 */

/** How long the records behind the throttle and the refusal counts are kept. */
export const SIGNIN_RETENTION = { attemptsMs: SIGNIN_LIMITS.pair.windowMs, refusalsMs: 30 * 24 * 3600_000 } as const;
const REFUSAL_WINDOW_MS = 15 * 60_000;

/** A known account by its id; an unknown e-mail only by a small keyed bucket (see the schema). */
export type AccountKey = { userId: number } | { unknownBucket: number };

function ofAccount(key: AccountKey): SQL {
  return 'userId' in key
    ? eq(loginAttempts.userId, key.userId)
    : and(isNull(loginAttempts.userId), eq(loginAttempts.unknownBucket, key.unknownBucket))!;
}

const countsAsFailure = inArray(loginAttempts.result, ['failure', 'pending']);

function failureCount(tx: Tx, where: SQL | undefined) {
  const row = tx
    .select({ failures: count(), lastAt: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(countsAsFailure, where))
    .get();
  return { failures: row?.failures ?? 0, lastAt: row?.lastAt?.getTime() ?? 0 };
}

/** Failures of this account from this address within 24 hours and since its last success there. */
export function pairFailures(tx: Tx, key: AccountKey, ip: string, now: number) {
  const lastSuccess = tx
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(ofAccount(key), eq(loginAttempts.ip, ip), eq(loginAttempts.result, 'success')))
    .get()?.at;
  const since = Math.max(now - SIGNIN_LIMITS.pair.windowMs, lastSuccess?.getTime() ?? 0);
  return failureCount(tx, and(ofAccount(key), eq(loginAttempts.ip, ip), gt(loginAttempts.at, new Date(since))));
}

/** Failures from this address against any account within the address window. */
export function addressFailures(tx: Tx, ip: string, now: number) {
  return failureCount(
    tx,
    and(eq(loginAttempts.ip, ip), gt(loginAttempts.at, new Date(now - SIGNIN_LIMITS.address.windowMs))),
  );
}

/** This account's failures from any address within the account window, and its latest attempt. */
export function accountActivity(tx: Tx, key: AccountKey, now: number) {
  const since = new Date(now - SIGNIN_LIMITS.account.windowMs);
  const failures = failureCount(tx, and(ofAccount(key), gt(loginAttempts.at, since))).failures;
  const last = tx
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(
      and(
        ofAccount(key),
        gt(loginAttempts.at, since),
        inArray(loginAttempts.result, ['pending', 'success', 'failure']),
      ),
    )
    .get()?.at;
  return { failures, lastAt: last?.getTime() ?? 0 };
}

let lastPrune = 0;

/** Deletes what the throttle no longer needs; at most every ten minutes, inside a sign-in's transaction. */
export function pruneSignInRecords(tx: Tx, now: number): void {
  if (now - lastPrune < 10 * 60_000) return;
  lastPrune = now;
  tx.delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now - SIGNIN_RETENTION.attemptsMs)))
    .run();
  tx.delete(signinRefusals)
    .where(lt(signinRefusals.lastAt, new Date(now - SIGNIN_RETENTION.refusalsMs)))
    .run();
}

/** Adds one to this window's row for the account, address and reason, or starts it. */
export function countRefusal(
  tx: Tx,
  refusal: { userId: number | null; ip: string; reason: 'throttled' | 'unknownAccount' },
  now: number,
): void {
  const windowStart = new Date(Math.floor(now / REFUSAL_WINDOW_MS) * REFUSAL_WINDOW_MS);
  const existing = tx
    .select({ id: signinRefusals.id })
    .from(signinRefusals)
    .where(
      and(
        eq(signinRefusals.windowStart, windowStart),
        eq(signinRefusals.ip, refusal.ip),
        eq(signinRefusals.reason, refusal.reason),
        refusal.userId === null ? isNull(signinRefusals.userId) : eq(signinRefusals.userId, refusal.userId),
      ),
    )
    .get();
  if (existing)
    tx.update(signinRefusals)
      .set({ count: sql`${signinRefusals.count} + 1`, lastAt: new Date(now) })
      .where(eq(signinRefusals.id, existing.id))
      .run();
  else
    tx.insert(signinRefusals)
      .values({ ...refusal, windowStart, count: 1, lastAt: new Date(now) })
      .run();
}
