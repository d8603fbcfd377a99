import type { Op } from '@/lib/diff/types';
import type { JSONNode } from '@/lib/doc/types';
import { blockPlainText } from '@/lib/diff/text';

/**
 * A block's diff text, cut into the lines of its plain text (see lib/diff/text.ts: child blocks
 * and hard breaks become "\n"), with what each line is in the document: a list item's first line
 * (with its "1." or "•"), a continuation, or a table cell. That lets the view show steps numbered
 * and tables as tables while the words themselves come only from the diff's ops.
 */

export type LineInfo = {
  /** "3." or "•" on an item's first line, '' elsewhere. */
  marker: string;
  /** Enclosing lists: 0 outside lists, 1 in a top-level list, 2 in a nested one. */
  lists: number;
  row?: number;
  col?: number;
  header?: boolean;
};

export type Segment = { op: Op['op']; text: string; lineBreak?: boolean };

export type DiffLine = {
  segments: Segment[];
  /** Which revision's structure the line is placed by. */
  source: 'old' | 'new';
  info: LineInfo;
};

/** Which text to show: the old revision's, the new one's, or both merged (inline). */
export type View = 'old' | 'new' | 'inline';

const INLINE_TYPES = new Set(['text', 'hardBreak', 'image']);
const NON_SPACE = /\S/;
const PLAIN: LineInfo = { marker: '', lists: 0 };

/** One LineInfo per line of `blockPlainText(node)`, found by the same walk that builds the text. */
export function lineInfos(node: JSONNode): LineInfo[] {
  const out: LineInfo[] = [];
  let pending = '';
  const visit = (current: JSONNode, ctx: LineInfo): void => {
    const children = current.content ?? [];
    if (children.length === 0) return;
    if (INLINE_TYPES.has(children[0].type)) {
      const count = blockPlainText(current).split('\n').length;
      for (let i = 0; i < count; i++) {
        out.push({ ...ctx, marker: pending });
        pending = '';
      }
      return;
    }
    const ordered = current.type === 'orderedList';
    const start = typeof current.attrs?.start === 'number' ? current.attrs.start : 1;
    children.forEach((child, k) => {
      // The plain text leaves blank child blocks out, and so must the lines.
      if (!NON_SPACE.test(blockPlainText(child))) return;
      let next = ctx;
      if (ordered || current.type === 'bulletList') {
        pending = ordered ? `${start + k}.` : '•';
        next = { ...ctx, lists: ctx.lists + 1 };
      } else if (current.type === 'table') next = { ...ctx, row: k };
      else if (current.type === 'tableRow') next = { ...ctx, col: k, header: child.type === 'tableHeader' };
      visit(child, next);
    });
  };
  visit(node, { ...PLAIN });
  return out;
}

function sideText(ops: readonly Op[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return ops
    .filter((op) => op.op !== skip)
    .map((op) => op.text)
    .join('');
}

/** Line infos for one side, or null when they do not line up with the text (then lines are plain). */
function checkedInfos(node: JSONNode | undefined, ops: readonly Op[], side: 'old' | 'new'): LineInfo[] | null {
  if (!node) return null;
  const infos = lineInfos(node);
  return infos.length === sideText(ops, side).split('\n').length ? infos : null;
}

/**
 * The ops as lines for one view. In the inline view a line is placed by the new revision's
 * structure unless all its text was deleted; a line that continues the previous one's item (a
 * line break was added or removed) gets no second marker.
 */
export function diffLines(ops: readonly Op[], view: View, oldNode?: JSONNode, newNode?: JSONNode): DiffLine[] {
  const infos = { old: checkedInfos(oldNode, ops, 'old'), new: checkedInfos(newNode, ops, 'new') };
  const lines: DiffLine[] = [];
  let segments: Segment[] = [];
  let oldLine = 0;
  let newLine = 0;
  let startOld = 0;
  let startNew = 0;
  let previous = '';

  const flush = () => {
    let source: 'old' | 'new';
    if (view !== 'inline') source = view;
    else if (!newNode || !oldNode) source = newNode ? 'new' : 'old';
    else source = segments.some((s) => s.op !== 'delete') || segments.length === 0 ? 'new' : 'old';
    const index = source === 'old' ? startOld : startNew;
    const place = `${source}:${index}`;
    let info = infos[source]?.[index] ?? PLAIN;
    if (place === previous && info.marker) info = { ...info, marker: '' };
    previous = place;
    lines.push({ segments, source, info });
    segments = [];
    startOld = oldLine;
    startNew = newLine;
  };

  for (const op of ops) {
    if ((view === 'old' && op.op === 'insert') || (view === 'new' && op.op === 'delete')) continue;
    // An added or removed line break alone would leave nothing to highlight, so it gets a mark.
    const breakOnly = op.op !== 'equal' && op.text.includes('\n') && !NON_SPACE.test(op.text);
    op.text.split('\n').forEach((part, i) => {
      if (i > 0) {
        if (breakOnly && i === 1) segments.push({ op: op.op, text: '', lineBreak: true });
        if (op.op !== 'insert') oldLine++;
        if (op.op !== 'delete') newLine++;
        flush();
      }
      if (part !== '') segments.push({ op: op.op, text: part });
    });
  }
  flush();
  return lines;
}
