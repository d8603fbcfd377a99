/**
 * Myers' O(ND) difference algorithm in linear space (the "middle snake" bisection), over sequences
 * of integers. Returns the matched index pairs of a longest common subsequence, or null when the
 * edit distance is larger than `maxEditDistance`; the caller then falls back to something cheaper.
 * Work before giving up is about (N + M) * maxEditDistance in the worst case, typically far less.
 */
export type Matches = { a: number[]; b: number[] };

export function longestCommonSubsequence(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEditDistance = Infinity,
): Matches | null {
  const out: Matches = { a: [], b: [] };
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start++;
  let suffix = 0;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    suffix++;
  }
  for (let i = 0; i < start; i++) push(out, i, i);
  if (Math.abs(endA - endB) > maxEditDistance) return null;
  if (!compare(a, b, start, endA, start, endB, out, maxEditDistance)) return null;
  for (let i = 0; i < suffix; i++) push(out, endA + i, endB + i);
  return out;
}

function push(out: Matches, i: number, j: number): void {
  out.a.push(i);
  out.b.push(j);
}

/** Appends the matches of a[aLo, aHi) against b[bLo, bHi) in order; false when over `limit`. */
function compare(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  out: Matches,
  limit: number,
): boolean {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) push(out, aLo++, bLo++);
  let tail = 0;
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
    tail++;
  }
  if (aLo < aHi && bLo < bHi) {
    const split = bisect(a, b, aLo, aHi, bLo, bHi, limit);
    if (split === null) return false;
    if (split !== undefined) {
      // The halves' edit distances add up to this one's, so the limit is already satisfied.
      compare(a, b, aLo, split[0], bLo, split[1], out, Infinity);
      compare(a, b, split[0], aHi, split[1], bHi, out, Infinity);
    }
  }
  for (let i = 0; i < tail; i++) push(out, aHi + i, bHi + i);
  return true;
}

/**
 * Finds a point on an optimal edit path (where the forward and reverse searches meet). Returns
 * undefined when the ranges have nothing in common, null when the distance exceeds `limit`.
 */
function bisect(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  limit: number,
): [number, number] | null | undefined {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const dStop = Number.isFinite(limit) ? Math.min(maxD, Math.ceil(limit / 2) + 1) : maxD;
  const offset = dStop + 1;
  const size = 2 * offset + 2;
  const v1 = new Int32Array(size).fill(-1);
  const v2 = new Int32Array(size).fill(-1);
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;
  const delta = n - m;
  const front = (delta & 1) !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < dStop; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1o = offset + k1;
      let x1 = k1 === -d || (k1 !== d && v1[k1o - 1] < v1[k1o + 1]) ? v1[k1o + 1] : v1[k1o - 1] + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      v1[k1o] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const k2o = offset + delta - k1;
        if (k2o >= 0 && k2o < size && v2[k2o] !== -1 && x1 >= n - v2[k2o]) return [aLo + x1, bLo + y1];
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2o = offset + k2;
      let x2 = k2 === -d || (k2 !== d && v2[k2o - 1] < v2[k2o + 1]) ? v2[k2o + 1] : v2[k2o - 1] + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
        x2++;
        y2++;
      }
      v2[k2o] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1o = offset + delta - k2;
        if (k1o >= 0 && k1o < size && v1[k1o] !== -1) {
          const x1 = v1[k1o];
          const y1 = offset + x1 - k1o;
          if (x1 >= n - x2) return [aLo + x1, bLo + y1];
        }
      }
    }
  }
  return dStop < maxD ? null : undefined;
}
