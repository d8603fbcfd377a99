import type { BlockDiff, DiffSummary, DocDiff } from '@/lib/diff/types';

export type JsonBlockDiff = Omit<BlockDiff, 'old' | 'new'>;
export type JsonDocDiff = { summary: DiffSummary; blocks: JsonBlockDiff[] };

/**
 * The command line's JSON: `{ summary, blocks: [{ status, ops, ... }] }`, every block with its
 * positions, type, label and attribute changes but without the node trees (the documents are
 * already at hand, and they would multiply the size).
 */
export function diffJson(diff: DocDiff): JsonDocDiff {
  return {
    summary: diff.summary,
    blocks: diff.blocks.map(({ old: _old, new: _new, ...rest }) => {
      void _old;
      void _new;
      return rest;
    }),
  };
}
