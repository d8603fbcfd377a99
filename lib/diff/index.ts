import type { GuideDoc } from '@/lib/doc/types';
import type { BlockDiff, DiffOptions, DocDiff } from '@/lib/diff/types';
import { BlockInfo, matchBlocks } from '@/lib/diff/blocks';
import { Interner, sameNode } from '@/lib/diff/hash';
import { diffPair, type PairDiff } from '@/lib/diff/pair';
import { summarize } from '@/lib/diff/summary';

export type {
  AttrChange,
  BlockDiff,
  BlockStatus,
  DiffOptions,
  DiffSummary,
  DocDiff,
  Op,
  OwnerChange,
  RoutineValueChange,
} from '@/lib/diff/types';
export { diffJson, type JsonBlockDiff, type JsonDocDiff } from '@/lib/diff/json';
export { renderTerminalDiff, type TerminalTranslator } from '@/lib/diff/render-terminal';
export { describeSummary, summaryParts, type SummaryPart, type SummaryTranslator } from '@/lib/diff/summary';
export { diffWords } from '@/lib/diff/words';
export { blockHash } from '@/lib/diff/hash';

export const DEFAULT_MAX_EDIT_DISTANCE = 2000;
export const DEFAULT_MAX_BLOCK_EDIT_DISTANCE = 5000;

function label(info: BlockInfo): Pick<BlockDiff, 'routineId' | 'title'> {
  const node = info.node;
  if (node.type === 'routine') {
    const id = typeof node.attrs?.id === 'string' ? node.attrs.id : '';
    const title = typeof node.attrs?.title === 'string' ? node.attrs.title.trim() : '';
    return { routineId: id, title: title || id };
  }
  if (node.type === 'heading') return { title: info.text.replace(/\s+/g, ' ').trim() };
  return {};
}

/**
 * Compares two revisions block by block.
 *
 * Order of the result: the new document's blocks in order (moved blocks at their new place),
 * with each deleted block placed right after the block that preceded it in the old document, at
 * that block's new place (the nearest preceding old block that is still there and did not move;
 * deleted blocks with no such block come first). Deleted blocks therefore appear before the
 * blocks inserted in the same gap, and consecutive deleted blocks keep their old order.
 */
export function diffDocs(a: GuideDoc, b: GuideDoc, options: DiffOptions = {}): DocDiff {
  const maxEditDistance = options.maxEditDistance ?? DEFAULT_MAX_EDIT_DISTANCE;
  const maxBlockEditDistance = options.maxBlockEditDistance ?? DEFAULT_MAX_BLOCK_EDIT_DISTANCE;
  const routineIds = new Interner();
  const oldBlocks = (a.content ?? []).map((node) => new BlockInfo(node, routineIds));
  const newBlocks = (b.content ?? []).map((node) => new BlockInfo(node, routineIds));
  const { newOf, oldOf, inPlace } = matchBlocks(oldBlocks, newBlocks, maxBlockEditDistance);

  const deletedAfter = new Map<number, number[]>();
  let anchorNew = -1;
  for (let i = 0; i < oldBlocks.length; i++) {
    const j = newOf[i];
    if (j === -1) {
      const list = deletedAfter.get(anchorNew);
      if (list) list.push(i);
      else deletedAfter.set(anchorNew, [i]);
    } else if (inPlace[j]) anchorNew = j;
  }

  const blocks: BlockDiff[] = [];
  const emitDeleted = (after: number) => {
    for (const i of deletedAfter.get(after) ?? []) {
      const info = oldBlocks[i];
      const text = info.text;
      blocks.push({
        status: 'deleted',
        ops: text ? [{ op: 'delete', text }] : [],
        oldIndex: i,
        newIndex: null,
        blockType: info.type,
        ...label(info),
        old: info.node,
      });
    }
  };

  emitDeleted(-1);
  for (let j = 0; j < newBlocks.length; j++) {
    const info = newBlocks[j];
    const i = oldOf[j];
    if (i === -1) {
      const text = info.text;
      blocks.push({
        status: 'inserted',
        ops: text ? [{ op: 'insert', text }] : [],
        oldIndex: null,
        newIndex: j,
        blockType: info.type,
        ...label(info),
        new: info.node,
      });
    } else {
      const before = oldBlocks[i];
      const identical = before.contentId === info.contentId && sameNode(before.node, info.node);
      const pair: PairDiff = identical
        ? {
            ops: info.text ? [{ op: 'equal', text: info.text }] : [],
            attrChanges: [],
            formatChanged: false,
            limitExceeded: false,
          }
        : diffPair(before.node, info.node, before.rich, info.rich, maxEditDistance);
      const block: BlockDiff = {
        status: inPlace[j] ? (identical ? 'equal' : 'changed') : 'moved',
        ops: pair.ops,
        oldIndex: i,
        newIndex: j,
        blockType: info.type,
        ...label(info),
        old: before.node,
        new: info.node,
      };
      if (pair.attrChanges.length > 0) block.attrChanges = pair.attrChanges;
      if (pair.formatChanged) block.formatChanged = true;
      if (pair.limitExceeded) block.limitExceeded = true;
      blocks.push(block);
    }
    emitDeleted(j);
  }
  return { summary: summarize(blocks), blocks };
}
