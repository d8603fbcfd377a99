import { describe, expect, test } from 'vitest';
import { SIGNIN_LIMITS, accountSpacing, blockedUntil, decideSignIn, type SignInCounts } from '@/lib/signin-throttle';

const MIN = 60_000;
const now = 10 * 24 * 3600_000;
const clean: SignInCounts = {
  pair: { failures: 0, lastAt: 0 },
  address: { failures: 0, lastAt: 0 },
  account: { failures: 0, lastAt: 0 },
};

describe('sign-in throttle', () => {
  test('the first 5 failures of an account from one address cost nothing; then 1, 2, 4 … minutes, at most an hour', () => {
    const wait = (failures: number) => blockedUntil({ failures, lastAt: now }, SIGNIN_LIMITS.pair) - now;
    expect([0, 1, 4].map((f) => blockedUntil({ failures: f, lastAt: now }, SIGNIN_LIMITS.pair))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(wait)).toEqual([1 * MIN, 2 * MIN, 4 * MIN, 8 * MIN]);
    expect(wait(12)).toBe(60 * MIN);
    expect(wait(1000)).toBe(60 * MIN);
  });

  test('an address that failed 20 times in 15 minutes waits 1, 2, 4 … minutes, at most 15', () => {
    const wait = (failures: number) => blockedUntil({ failures, lastAt: now }, SIGNIN_LIMITS.address) - now;
    expect(blockedUntil({ failures: 19, lastAt: now }, SIGNIN_LIMITS.address)).toBe(0);
    expect([20, 21, 22].map(wait)).toEqual([1 * MIN, 2 * MIN, 4 * MIN]);
    expect(wait(40)).toBe(15 * MIN);
  });

  test('a held address is refused without verifying, and told until when', () => {
    expect(decideSignIn({ ...clean, pair: { failures: 5, lastAt: now - 10_000 } }, now)).toEqual({
      kind: 'refuse',
      until: now - 10_000 + MIN,
    });
    expect(decideSignIn({ ...clean, pair: { failures: 5, lastAt: now - 2 * MIN } }, now)).toEqual({
      kind: 'verify',
      at: now,
    });
    expect(decideSignIn({ ...clean, address: { failures: 20, lastAt: now } }, now).kind).toBe('refuse');
  });

  test("an account under attack from many addresses is slowed, never locked: a clean address's attempt waits a few seconds", () => {
    expect(accountSpacing(9)).toBe(0);
    expect([10, 11, 12, 30].map(accountSpacing)).toEqual([1000, 2000, 3000, 10_000]);
    const attacked = { ...clean, account: { failures: 12, lastAt: now - 500 } };
    expect(decideSignIn(attacked, now)).toEqual({ kind: 'verify', at: now - 500 + 3000 });
    // However many failures, the wait stays at most 10 s after the last verification …
    expect(decideSignIn({ ...clean, account: { failures: 10_000, lastAt: now } }, now)).toEqual({
      kind: 'verify',
      at: now + 10_000,
    });
    // … and an attempt that would queue more than 30 s ahead is refused rather than held.
    expect(decideSignIn({ ...clean, account: { failures: 30, lastAt: now + 25_000 } }, now)).toEqual({
      kind: 'refuse',
      until: now + 5_000,
    });
  });

  test('counted one by one as they are reserved, a burst gets at most 5 verifications from one address', () => {
    const counts: SignInCounts = structuredClone(clean);
    let verified = 0;
    for (let i = 0; i < 200; i++) {
      const verdict = decideSignIn(counts, now);
      if (verdict.kind === 'refuse') continue;
      verified += 1;
      // The reservation counts as a failure until it is settled.
      counts.pair = { failures: counts.pair.failures + 1, lastAt: verdict.at };
      counts.address = { failures: counts.address.failures + 1, lastAt: verdict.at };
      counts.account = { failures: counts.account.failures + 1, lastAt: verdict.at };
    }
    expect(verified).toBe(5);
  });
});
