import type { BlockDiff, DiffSummary } from '@/lib/diff/types';
import { placeOf, type Place } from '@/lib/doc/place';

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

/** Changed blocks on one page of a comparison; longer comparisons get next and previous pages. */
export const CHANGES_PER_PAGE = 200;
/** Unchanged blocks one "show" request reveals; the rest of the stretch stays folded. */
export const OPEN_LIMIT = 200;

/**
 * One page of a comparison as the server sends it: only the blocks shown, in order, and where
 * the folded stretches are. `blocks[i]` is block `indexes[i]` of the whole comparison; the
 * collapsed items' `start` and `end` count in the whole comparison too.
 */
export type DiffPage = {
  page: number;
  pageCount: number;
  blocks: BlockDiff[];
  indexes: number[];
  items: LayoutItem[];
};

/**
 * Page `page` (from 1; out of range means the nearest) of the comparison: blocks from the one
 * after the previous page's last change to this page's last change (the last page runs to the
 * end), folded as layoutBlocks folds them, with the stretch starting at `open` shown (at most
 * OPEN_LIMIT blocks of it). Bounded by CHANGES_PER_PAGE changed blocks, plus a few around each.
 */
export function diffPage(blocks: readonly BlockDiff[], page: number, open: number | null): DiffPage {
  const changes: number[] = [];
  blocks.forEach((block, i) => {
    if (block.status !== 'equal') changes.push(i);
  });
  const pageCount = Math.max(1, Math.ceil(changes.length / CHANGES_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const from = current === 1 ? 0 : changes[(current - 1) * CHANGES_PER_PAGE - 1] + 1;
  const to = current === pageCount ? blocks.length : changes[current * CHANGES_PER_PAGE - 1] + 1;

  const layout = layoutBlocks(blocks.slice(from, to), new Set());
  const whole: LayoutItem[] = [];
  for (const item of layout) {
    if (item.kind === 'block') whole.push({ kind: 'block', index: item.index + from });
    else if (item.start + from !== open)
      whole.push({ kind: 'collapsed', start: item.start + from, end: item.end + from });
    else {
      const shown = Math.min(item.end, item.start + OPEN_LIMIT);
      for (let k = item.start; k < shown; k++) whole.push({ kind: 'block', index: k + from });
      if (shown < item.end) whole.push({ kind: 'collapsed', start: shown + from, end: item.end + from });
    }
  }
  const indexes: number[] = [];
  const items = whole.map((item): LayoutItem => {
    if (item.kind === 'collapsed') return item;
    indexes.push(item.index);
    return { kind: 'block', index: indexes.length - 1 };
  });
  return { page: current, pageCount, blocks: indexes.map((i) => blocks[i]), indexes, items };
}

/**
 * The summary for one page: the counts of the whole comparison, and the owner, "what" and review
 * date changes of the routines on this page (a comparison of thousands of routines names each one
 * on its own page, not all of them on every page).
 */
export function pageSummary(summary: DiffSummary, page: DiffPage): DiffSummary {
  if (page.pageCount === 1) return summary;
  const shown = new Set(page.blocks.map((block) => block.routineId).filter((id) => id !== undefined));
  const onPage = <T extends { routineId: string }>(changes: T[]) => changes.filter((c) => shown.has(c.routineId));
  return {
    ...summary,
    ownerChanges: onPage(summary.ownerChanges),
    whatChanges: onPage(summary.whatChanges),
    reviewByChanges: onPage(summary.reviewByChanges),
  };
}

/**
 * Where each moved block of `shown` went, described by its neighbour in the whole new revision
 * (`all` is the comparison's every block: a neighbour may be folded away on a page). Others: undefined.
 */
export function movedPlaces(all: readonly BlockDiff[], shown: readonly BlockDiff[]): (Place | undefined)[] {
  const newContent = all.flatMap((b) => (b.new ? [b.new] : []));
  return shown.map((b) => (b.status === 'moved' ? placeOf(newContent, b.newIndex!) : undefined));
}
