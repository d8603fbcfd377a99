import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestCommonSubsequence } from '@/lib/diff/myers';
import { heaviestIncreasing } from '@/lib/diff/lis';

function lcsLength(a: number[], b: number[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
    }
  }
  return dp[a.length][b.length];
}

const arbSeq = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });

describe('longestCommonSubsequence (Myers)', () => {
  it('finds a common subsequence as long as dynamic programming does', () => {
    fc.assert(
      fc.property(arbSeq, arbSeq, (a, b) => {
        const m = longestCommonSubsequence(a, b);
        expect(m).not.toBeNull();
        if (!m) return;
        expect(m.a.length).toBe(lcsLength(a, b));
        for (let k = 0; k < m.a.length; k++) {
          expect(a[m.a[k]]).toBe(b[m.b[k]]);
          if (k > 0) {
            expect(m.a[k]).toBeGreaterThan(m.a[k - 1]);
            expect(m.b[k]).toBeGreaterThan(m.b[k - 1]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('stays exact within the edit limit and gives up well past it', () => {
    fc.assert(
      fc.property(arbSeq, arbSeq, fc.nat({ max: 30 }), (a, b, limit) => {
        const distance = a.length + b.length - 2 * lcsLength(a, b);
        const m = longestCommonSubsequence(a, b, limit);
        if (distance <= limit) expect(m?.a.length).toBe(lcsLength(a, b));
        if (distance > 2 * limit + 4) expect(m).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('gives up quickly on long sequences with nothing in common', () => {
    const a = Array.from({ length: 200_000 }, (_, i) => i);
    const b = Array.from({ length: 200_000 }, (_, i) => -1 - i);
    const start = performance.now();
    expect(longestCommonSubsequence(a, b, 1000)).toBeNull();
    // Bounded work: about limit² steps, not n·m.
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('heaviestIncreasing', () => {
  it('picks the longest strictly increasing run when weights are equal', () => {
    const keys = [3, 1, 4, 1, 5, 9, 2, 6];
    const chosen = heaviestIncreasing(
      keys,
      keys.map(() => 1),
    ).map((i) => keys[i]);
    expect(chosen).toHaveLength(4);
    expect(chosen).toEqual([...chosen].sort((x, y) => x - y));
  });

  it('prefers heavier items among equally long runs', () => {
    // [2, 1]: either item alone is a run; the heavier wins.
    expect(heaviestIncreasing([2, 1], [1, 2])).toEqual([1]);
    expect(heaviestIncreasing([2, 1], [2, 1])).toEqual([0]);
  });
});
