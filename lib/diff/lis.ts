/**
 * Heaviest increasing subsequence: given items already ordered by one position, picks the subset
 * with strictly increasing `key` and the largest total weight. O(n log n) with a Fenwick tree of
 * prefix maxima over the keys.
 */
export function heaviestIncreasing(keys: readonly number[], weights: readonly number[]): number[] {
  const n = keys.length;
  if (n === 0) return [];
  const sorted = Array.from(new Set(keys)).sort((x, y) => x - y);
  const rank = new Map<number, number>();
  sorted.forEach((key, i) => rank.set(key, i + 1));
  const size = sorted.length;
  const treeWeight = new Float64Array(size + 1);
  const treeItem = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);

  for (let i = 0; i < n; i++) {
    const r = rank.get(keys[i]) as number;
    let w = 0;
    let from = -1;
    for (let p = r - 1; p > 0; p -= p & -p) {
      if (treeWeight[p] > w) {
        w = treeWeight[p];
        from = treeItem[p];
      }
    }
    best[i] = w + weights[i];
    prev[i] = from;
    for (let p = r; p <= size; p += p & -p) {
      if (best[i] > treeWeight[p]) {
        treeWeight[p] = best[i];
        treeItem[p] = i;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (best[i] > best[end]) end = i;
  const chosen: number[] = [];
  for (let i = end; i !== -1; i = prev[i]) chosen.push(i);
  return chosen.reverse();
}
