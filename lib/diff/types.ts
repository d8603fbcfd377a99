import type { JSONNode } from '@/lib/doc/types';

/** One piece of a block's text: unchanged, only in the new revision, or only in the old one. */
export type Op = { op: 'equal' | 'insert' | 'delete'; text: string };

export type AttrChange = { name: string; from: string | null; to: string | null };

export type BlockStatus = 'equal' | 'inserted' | 'deleted' | 'changed' | 'moved';

/**
 * One top-level block of either revision. Joining the `equal` and `delete` ops gives the block's
 * plain text in the old revision, joining `equal` and `insert` ops gives it in the new one.
 */
export type BlockDiff = {
  status: BlockStatus;
  ops: Op[];
  /** Top-level positions in the old and new document; null where the block is absent. */
  oldIndex: number | null;
  newIndex: number | null;
  blockType: string;
  /** For routines. */
  routineId?: string;
  /** A label: the routine's title or the heading's text (the new one when both exist). */
  title?: string;
  /** Attribute changes (routine owner, what, title, reviewBy; heading level; link and image targets). */
  attrChanges?: AttrChange[];
  /** Marks, links or structure differ, even where the text is equal. */
  formatChanged?: boolean;
  /** The word diff went past the edit-distance limit: one delete of all old text, one insert of all new. */
  limitExceeded?: boolean;
  old?: JSONNode;
  new?: JSONNode;
};

export type RoutineValueChange = {
  routineId: string;
  title: string;
  from: string | null;
  to: string | null;
};

/** An owner change also carries the owner e-mails, since the owner may be a user of the app. */
export type OwnerChange = RoutineValueChange & { fromEmail: string | null; toEmail: string | null };

/**
 * Counts for the headline of a comparison. `routines*` count top-level routines; `blocks*` count
 * every other top-level block. A moved routine whose content also changed counts as moved and
 * changed.
 */
export type DiffSummary = {
  routinesAdded: number;
  routinesRemoved: number;
  routinesMoved: number;
  routinesChanged: number;
  blocksAdded: number;
  blocksRemoved: number;
  blocksChanged: number;
  blocksMoved: number;
  ownerChanges: OwnerChange[];
  whatChanges: RoutineValueChange[];
  reviewByChanges: RoutineValueChange[];
  /** Routines whose title changed. Absent in summaries stored before it was counted. */
  routinesRenamed?: number;
  /**
   * The titles behind the routine counts, the first `NAMED_ROUTINES` (lib/diff/summary.ts) of each;
   * absent in summaries stored before routines were named.
   */
  routineNames?: RoutineNames;
};

export type RoutineRename = { from: string; to: string };
export type RoutineNames = { added: string[]; removed: string[]; renamed: RoutineRename[]; moved: string[] };

export type DocDiff = { summary: DiffSummary; blocks: BlockDiff[] };

export type DiffOptions = {
  /**
   * Most word edits (deleted plus inserted words) computed exactly inside one block pair; past it
   * the pair is shown as replaced, with `limitExceeded`. Default 2000.
   */
  maxEditDistance?: number;
  /**
   * Most block edits computed exactly when lining up top-level blocks; past it only blocks that
   * are unique in both revisions are lined up (patience-style), which is O(n log n). Default 5000.
   */
  maxBlockEditDistance?: number;
};
