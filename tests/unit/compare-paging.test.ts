import { describe, expect, it } from 'vitest';
import { CHANGES_PER_PAGE, OPEN_LIMIT, diffPage } from '@/lib/diff/fold';
import type { BlockDiff, BlockStatus } from '@/lib/diff/types';

const block = (status: BlockStatus, i: number): BlockDiff => ({
  status,
  ops: [{ op: 'equal', text: `block ${i}` }],
  oldIndex: i,
  newIndex: i,
  blockType: 'paragraph',
});

/** `n` blocks, the ones at `changed` positions changed. */
function blocks(n: number, changed: (i: number) => boolean): BlockDiff[] {
  return Array.from({ length: n }, (_, i) => block(changed(i) ? 'changed' : 'equal', i));
}

describe('diffPage: a comparison folded and paged on the server', () => {
  it('sends a few blocks and one fold for 24,000 blocks with one change', () => {
    const page = diffPage(
      blocks(24_000, (i) => i === 12_000),
      1,
      null,
    );
    expect(page.pageCount).toBe(1);
    expect(page.blocks.length).toBeLessThanOrEqual(5);
    expect(page.items.filter((item) => item.kind === 'collapsed')).toEqual([
      { kind: 'collapsed', start: 0, end: 11_999 },
      { kind: 'collapsed', start: 12_002, end: 24_000 },
    ]);
    expect(page.indexes).toEqual([11_999, 12_000, 12_001]);
  });

  it('pages every change of a guide where each block changed, 200 a page', () => {
    const all = blocks(24_000, () => true);
    const first = diffPage(all, 1, null);
    expect(first.pageCount).toBe(24_000 / CHANGES_PER_PAGE);
    expect(first.blocks).toHaveLength(CHANGES_PER_PAGE);
    const third = diffPage(all, 3, null);
    expect(third.indexes[0]).toBe(2 * CHANGES_PER_PAGE);
    expect(diffPage(all, 10_000, null).page).toBe(first.pageCount);
  });

  it('opens a folded stretch by request, at most OPEN_LIMIT blocks of it', () => {
    const page = diffPage(
      blocks(5_000, (i) => i === 4_999),
      1,
      0,
    );
    expect(page.indexes.slice(0, OPEN_LIMIT)).toEqual(Array.from({ length: OPEN_LIMIT }, (_, i) => i));
    expect(page.items.find((item) => item.kind === 'collapsed')).toEqual({
      kind: 'collapsed',
      start: OPEN_LIMIT,
      end: 4_998,
    });
  });
});
