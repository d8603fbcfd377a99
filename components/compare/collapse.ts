import type { BlockDiff } from '@/lib/diff/types';

/** Runs of more unchanged blocks than this are collapsed. */
const MAX_VISIBLE_EQUAL = 3;
/** Unchanged blocks kept visible next to a change, so the reader sees where it is. */
const CONTEXT_BLOCKS = 1;

export type LayoutItem =
  | { kind: 'block'; index: number }
  /** Blocks `start` to `end - 1` hidden behind a button. */
  | { kind: 'collapsed'; start: number; end: number };

/**
 * The blocks in order with long unchanged stretches folded away, keeping one block of context
 * next to each change. `expanded` holds the `start` of every stretch the reader opened; `pinned`
 * blocks are never folded away.
 */
export function layoutBlocks(
  blocks: readonly BlockDiff[],
  expanded: ReadonlySet<number>,
  pinned: ReadonlySet<number> = new Set(),
): LayoutItem[] {
  const items: LayoutItem[] = [];
  // Pinned blocks (those with comments) stay visible like changes do.
  const folds = (k: number) => blocks[k].status === 'equal' && !pinned.has(k);
  let i = 0;
  while (i < blocks.length) {
    if (!folds(i)) {
      items.push({ kind: 'block', index: i++ });
      continue;
    }
    let end = i;
    while (end < blocks.length && folds(end)) end++;
    const before = i > 0 ? CONTEXT_BLOCKS : 0;
    const after = end < blocks.length ? CONTEXT_BLOCKS : 0;
    const start = i + before;
    const stop = end - after;
    if (end - i > MAX_VISIBLE_EQUAL && stop - start > 0 && !expanded.has(start)) {
      for (let k = i; k < start; k++) items.push({ kind: 'block', index: k });
      items.push({ kind: 'collapsed', start, end: stop });
      for (let k = stop; k < end; k++) items.push({ kind: 'block', index: k });
    } else for (let k = i; k < end; k++) items.push({ kind: 'block', index: k });
    i = end;
  }
  return items;
}
