/**
 * How sign-in attempts are slowed down (OWASP: throttle with growing delays rather than lock
 * accounts, so that a stranger cannot keep the owner out). Three counts, each of failed attempts:
 *
 * - this account from this address: 5 free, then each attempt waits 1, 2, 4 … minutes (at most 60)
 *   after the last failure; counted over 24 hours, reset by a success from that address;
 * - this address, any account (spraying): 20 free in 15 minutes, then 1, 2, 4 … minutes (at most 15);
 * - this account, any address (a distributed attack): 10 free in 15 minutes, then verifications of
 *   its password are spaced 1 s apart, one more second per further failure (at most 10 s): a right
 *   password from an address with no failures still gets in, after that short wait. When the queue
 *   of waiting attempts would reach more than 30 s ahead, the attempt is refused instead.
 *
 * A refused attempt is not verified and not counted, so no burst verifies more guesses than this
 * allows. Pure: the data layer counts, this decides.
 */
export const SIGNIN_LIMITS = {
  pair: { free: 5, windowMs: 24 * 3600_000, firstDelayMs: 60_000, maxDelayMs: 3600_000 },
  address: { free: 20, windowMs: 15 * 60_000, firstDelayMs: 60_000, maxDelayMs: 15 * 60_000 },
  account: { free: 10, windowMs: 15 * 60_000, stepMs: 1_000, maxSpacingMs: 10_000, maxQueueMs: 30_000 },
} as const;

export type FailureCount = { failures: number; lastAt: number };

type Backoff = { free: number; firstDelayMs: number; maxDelayMs: number };

/** The time until which a count blocks further attempts; 0 when it does not. */
export function blockedUntil({ failures, lastAt }: FailureCount, limit: Backoff): number {
  if (failures < limit.free) return 0;
  const delay = Math.min(limit.firstDelayMs * 2 ** Math.min(failures - limit.free, 30), limit.maxDelayMs);
  return lastAt + delay;
}

/** The gap between two verifications of one account's password under a distributed attack. */
export function accountSpacing(failures: number): number {
  const { free, stepMs, maxSpacingMs } = SIGNIN_LIMITS.account;
  return failures < free ? 0 : Math.min((failures - free + 1) * stepMs, maxSpacingMs);
}

export type SignInCounts = {
  pair: FailureCount;
  address: FailureCount;
  /** Failures of the account from anywhere, and the latest time one of its attempts was (is to be) verified. */
  account: { failures: number; lastAt: number };
};

export type SignInVerdict =
  /** Verify the password at `at` (now, or a few seconds from now when the account is under attack). */
  | { kind: 'verify'; at: number }
  /** Do not verify; tell the person to come back after `until`. */
  | { kind: 'refuse'; until: number };

export function decideSignIn(counts: SignInCounts, now: number): SignInVerdict {
  const until = Math.max(
    blockedUntil(counts.pair, SIGNIN_LIMITS.pair),
    blockedUntil(counts.address, SIGNIN_LIMITS.address),
  );
  if (until > now) return { kind: 'refuse', until };
  const spacing = accountSpacing(counts.account.failures);
  if (spacing === 0) return { kind: 'verify', at: now };
  const at = Math.max(now, counts.account.lastAt + spacing);
  if (at - now > SIGNIN_LIMITS.account.maxQueueMs)
    return { kind: 'refuse', until: at - SIGNIN_LIMITS.account.maxQueueMs };
  return { kind: 'verify', at };
}
