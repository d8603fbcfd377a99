import { expect } from 'vitest';
import type { GuideDoc } from '@/lib/doc/types';
import type { DocDiff, Op } from '@/lib/diff';
import { blockPlainText } from '@/lib/doc/text';

// Invariants every diff must satisfy, shared by the diff tests (not a test file itself).

export const oldSide = (ops: readonly Op[]) =>
  ops
    .filter((o) => o.op !== 'insert')
    .map((o) => o.text)
    .join('');
export const newSide = (ops: readonly Op[]) =>
  ops
    .filter((o) => o.op !== 'delete')
    .map((o) => o.text)
    .join('');

export function checkDiff(a: GuideDoc, b: GuideDoc, d: DocDiff): void {
  const seenOld = new Set<number>();
  const seenNew: number[] = [];
  for (const block of d.blocks) {
    const oldText = block.oldIndex === null ? '' : blockPlainText(a.content[block.oldIndex]);
    const newText = block.newIndex === null ? '' : blockPlainText(b.content[block.newIndex]);
    expect(oldSide(block.ops)).toBe(oldText);
    expect(newSide(block.ops)).toBe(newText);
    for (const [k, op] of block.ops.entries()) {
      expect(op.text).not.toBe('');
      if (k > 0) expect(op.op).not.toBe(block.ops[k - 1].op);
    }
    if (block.status === 'deleted') {
      expect(block.newIndex).toBeNull();
      expect(block.ops.every((o) => o.op === 'delete')).toBe(true);
    } else if (block.status === 'inserted') {
      expect(block.oldIndex).toBeNull();
      expect(block.ops.every((o) => o.op === 'insert')).toBe(true);
    } else {
      expect(block.oldIndex).not.toBeNull();
      expect(block.newIndex).not.toBeNull();
    }
    if (block.status === 'equal') {
      expect(block.ops.length).toBeLessThanOrEqual(1);
      expect(block.ops.every((o) => o.op === 'equal')).toBe(true);
      expect(block.attrChanges).toBeUndefined();
    }
    if (block.status === 'changed') {
      // A block reported as changed shows what changed.
      const visible =
        block.ops.some((o) => o.op !== 'equal') || (block.attrChanges?.length ?? 0) > 0 || block.formatChanged;
      expect(visible).toBe(true);
    }
    if (block.oldIndex !== null) {
      expect(seenOld.has(block.oldIndex)).toBe(false);
      seenOld.add(block.oldIndex);
    }
    if (block.newIndex !== null) seenNew.push(block.newIndex);
  }
  // Ordering rule: a deleted block follows the nearest earlier old block that stayed in place
  // (equal or changed), after any deleted blocks before it; with none, it comes first.
  const stayed = d.blocks
    .filter((x) => x.status === 'equal' || x.status === 'changed')
    .map((x) => x.oldIndex as number);
  let lastKept: number | null = null;
  let lastDeleted = -1;
  for (const block of d.blocks) {
    if (block.status !== 'deleted') {
      lastKept =
        block.oldIndex !== null && (block.status === 'equal' || block.status === 'changed') ? block.oldIndex : null;
      lastDeleted = -1;
      if (block.status === 'inserted' || block.status === 'moved') lastKept = -2;
      continue;
    }
    const i = block.oldIndex as number;
    const anchors = stayed.filter((p) => p < i);
    const expected = anchors.length ? Math.max(...anchors) : null;
    expect(lastKept).toBe(expected);
    expect(i).toBeGreaterThan(lastDeleted);
    lastDeleted = i;
  }
  // Every block of both revisions appears exactly once, the new ones in document order.
  expect(seenOld.size).toBe(a.content.length);
  expect(seenNew).toEqual(b.content.map((_, j) => j));
}
