import type { JSONNode } from '@/lib/doc/types';
import { nodeHash, type Interner } from '@/lib/diff/hash';
import { heaviestIncreasing } from '@/lib/diff/lis';
import { longestCommonSubsequence, type Matches } from '@/lib/diff/myers';
import { richText, type RichText } from '@/lib/diff/text';
import { blockPlainText } from '@/lib/doc/text';
import { tokenize } from '@/lib/diff/words';

/** A top-level block with what matching needs, computed at most once. */
export class BlockInfo {
  /** Content hash: equal for blocks with equal canonical JSON (confirm with `sameNode`). */
  readonly contentId: number;
  /**
   * What top-level matching compares: routines by id (as negative numbers, which no content hash
   * is), so an edited routine still lines up with itself; other blocks by content.
   */
  readonly key: number;
  private textCache: string | undefined;
  private richCache: RichText | undefined;
  private bagCache: Map<string, number> | undefined;
  private bagSizeCache = 0;

  constructor(
    readonly node: JSONNode,
    routineIds: Interner,
  ) {
    this.contentId = nodeHash(node);
    const id = this.routineId;
    this.key = id !== undefined ? -1 - routineIds.id(id) : this.contentId;
  }

  get type(): string {
    return this.node.type;
  }

  get routineId(): string | undefined {
    const id = this.node.type === 'routine' ? this.node.attrs?.id : undefined;
    return typeof id === 'string' && id !== '' ? id : undefined;
  }

  get text(): string {
    this.textCache ??= this.richCache ? this.richCache.text : blockPlainText(this.node);
    return this.textCache;
  }

  get rich(): RichText {
    this.richCache ??= richText(this.node);
    return this.richCache;
  }

  /** Lower-cased words and punctuation with their counts, for similarity. */
  get bag(): Map<string, number> {
    if (!this.bagCache) {
      const bag = new Map<string, number>();
      let size = 0;
      for (const token of tokenize(this.text.toLowerCase())) {
        if (token.trim() === '') continue;
        bag.set(token, (bag.get(token) ?? 0) + 1);
        size++;
      }
      this.bagCache = bag;
      this.bagSizeCache = size;
    }
    return this.bagCache;
  }

  get bagSize(): number {
    void this.bag;
    return this.bagSizeCache;
  }
}

/** Dice coefficient of the two blocks' token bags: 1 for the same words, 0 for none in common. */
function similarity(x: BlockInfo, y: BlockInfo): number {
  const total = x.bagSize + y.bagSize;
  if (total === 0) return 1;
  const [small, large] = x.bag.size <= y.bag.size ? [x.bag, y.bag] : [y.bag, x.bag];
  let common = 0;
  for (const [token, count] of small) common += Math.min(count, large.get(token) ?? 0);
  return (2 * common) / total;
}

/** Blocks sharing this many of their words (Dice) count as one block edited. */
const SIMILARITY_THRESHOLD = 0.5;
/** How far ahead among a gap's new blocks a deleted block looks for its edited version. */
const SIMILARITY_WINDOW = 32;

export type Matching = {
  /** For each old block the new index it became, or -1 when deleted. */
  newOf: Int32Array;
  /** For each new block the old index it came from, or -1 when inserted. */
  oldOf: Int32Array;
  /** For each new block with an old one: 1 when it kept its place relative to the others. */
  inPlace: Uint8Array;
};

/**
 * Patience-style fallback for huge, very different documents: blocks unique in both revisions,
 * kept in order. O(n log n).
 */
function uniqueAnchors(a: Float64Array, b: Float64Array): Matches {
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  const posA = new Map<number, number>();
  a.forEach((key, i) => {
    countA.set(key, (countA.get(key) ?? 0) + 1);
    posA.set(key, i);
  });
  b.forEach((key) => countB.set(key, (countB.get(key) ?? 0) + 1));
  const candA: number[] = [];
  const candB: number[] = [];
  b.forEach((key, j) => {
    if (countA.get(key) === 1 && countB.get(key) === 1) {
      candA.push(posA.get(key) as number);
      candB.push(j);
    }
  });
  const chosen = heaviestIncreasing(
    candA,
    candA.map(() => 1),
  );
  return { a: chosen.map((c) => candA[c]), b: chosen.map((c) => candB[c]) };
}

/** Whether a block may be recognised elsewhere in the other revision as moved. */
function movable(block: BlockInfo): boolean {
  return block.routineId !== undefined || block.text.trim() !== '';
}

export function matchBlocks(oldBlocks: BlockInfo[], newBlocks: BlockInfo[], maxBlockEditDistance: number): Matching {
  const n = oldBlocks.length;
  const m = newBlocks.length;
  const keysA = Float64Array.from(oldBlocks, (block) => block.key);
  const keysB = Float64Array.from(newBlocks, (block) => block.key);
  const newOf = new Int32Array(n).fill(-1);
  const oldOf = new Int32Array(m).fill(-1);
  const inPlace = new Uint8Array(m);

  // 1. Longest common subsequence of block keys: unchanged blocks and routines with the same id.
  const matches = longestCommonSubsequence(keysA, keysB, maxBlockEditDistance) ?? uniqueAnchors(keysA, keysB);
  for (let k = 0; k < matches.a.length; k++) {
    newOf[matches.a[k]] = matches.b[k];
    oldOf[matches.b[k]] = matches.a[k];
  }

  // 2. Left-over blocks with a counterpart elsewhere (same routine id, same content) moved.
  const waiting = new Map<number, { list: number[]; next: number }>();
  for (let j = 0; j < m; j++) {
    if (oldOf[j] !== -1 || !movable(newBlocks[j])) continue;
    const entry = waiting.get(keysB[j]);
    if (entry) entry.list.push(j);
    else waiting.set(keysB[j], { list: [j], next: 0 });
  }
  for (let i = 0; i < n; i++) {
    if (newOf[i] !== -1) continue;
    const entry = waiting.get(keysA[i]);
    if (!entry || entry.next >= entry.list.length) continue;
    const j = entry.list[entry.next++];
    newOf[i] = j;
    oldOf[j] = i;
  }

  // 3. Which pairs kept their relative order: the most pairs in increasing order. Among equally
  //    long choices prefer keeping other blocks in place and unchanged ones, so when routines
  //    swap around a paragraph, the routines are reported as moved rather than the paragraph.
  const pairNew: number[] = [];
  const pairOld: number[] = [];
  const weights: number[] = [];
  const big = 3 * m + 1;
  for (let j = 0; j < m; j++) {
    const i = oldOf[j];
    if (i === -1) continue;
    pairNew.push(j);
    pairOld.push(i);
    const bonus =
      (newBlocks[j].type !== 'routine' ? 2 : 0) + (oldBlocks[i].contentId === newBlocks[j].contentId ? 1 : 0);
    weights.push(big + bonus);
  }
  for (const c of heaviestIncreasing(pairOld, weights)) inPlace[pairNew[c]] = 1;

  // 4. In each gap between blocks that stayed, pair deleted and inserted blocks of the same type
  //    that read alike: the same block, edited.
  let prevA = -1;
  let prevB = -1;
  const pairGap = (endA: number, endB: number) => {
    const dels: number[] = [];
    const ins: number[] = [];
    for (let i = prevA + 1; i < endA; i++) if (newOf[i] === -1) dels.push(i);
    for (let j = prevB + 1; j < endB; j++) if (oldOf[j] === -1) ins.push(j);
    for (const [i, j] of pairSimilar(oldBlocks, newBlocks, dels, ins)) {
      newOf[i] = j;
      oldOf[j] = i;
      inPlace[j] = 1;
    }
  };
  for (let j = 0; j < m; j++) {
    if (!inPlace[j]) continue;
    pairGap(oldOf[j], j);
    prevA = oldOf[j];
    prevB = j;
  }
  pairGap(n, m);

  return { newOf, oldOf, inPlace };
}

/**
 * Pairs, in order, deleted and inserted blocks of one gap. Routines pair only by id (done before),
 * other blocks by type and similarity; a gap with one deleted and one inserted block of the same
 * type is one edited block however much it changed.
 */
function pairSimilar(
  oldBlocks: BlockInfo[],
  newBlocks: BlockInfo[],
  dels: number[],
  ins: number[],
): [number, number][] {
  if (dels.length === 0 || ins.length === 0) return [];
  const pairable = (i: number, j: number) => oldBlocks[i].type === newBlocks[j].type && oldBlocks[i].type !== 'routine';
  if (dels.length === 1 && ins.length === 1) return pairable(dels[0], ins[0]) ? [[dels[0], ins[0]]] : [];
  const pairs: [number, number][] = [];
  let cursor = 0;
  for (const i of dels) {
    let best = -1;
    let bestScore = SIMILARITY_THRESHOLD;
    for (let k = cursor; k < ins.length && k < cursor + SIMILARITY_WINDOW; k++) {
      if (!pairable(i, ins[k])) continue;
      const score = similarity(oldBlocks[i], newBlocks[ins[k]]);
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = k;
        bestScore = score;
      }
    }
    if (best !== -1) {
      pairs.push([i, ins[best]]);
      cursor = best + 1;
    }
  }
  return pairs;
}
