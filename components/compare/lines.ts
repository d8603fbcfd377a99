import type { Op } from '@/lib/diff/types';
import { blockLines, type LineInfo } from '@/lib/doc/text';
import type { JSONNode } from '@/lib/doc/types';

/**
 * A block's diff text, cut into the lines of its plain text (lib/doc/text.ts: child blocks and
 * hard breaks become "\n"), with what each line is in the document: a list item's first line
 * (with its "1." or "•"), a continuation, or a table cell. That lets the view show steps numbered
 * and tables as tables while the words themselves come only from the diff's ops.
 */

export type Segment = { op: Op['op']; text: string; lineBreak?: boolean };

export type DiffLine = {
  segments: Segment[];
  /** Which revision's structure the line is placed by. */
  source: 'old' | 'new';
  info: LineInfo;
};

/** Which text to show: the old revision's, the new one's, or both merged (inline). */
export type View = 'old' | 'new' | 'inline';

const NON_SPACE = /\S/;
const PLAIN: LineInfo = { marker: '', lists: 0 };

/**
 * The ops as lines for one view. In the inline view a line is placed by the new revision's
 * structure unless all its text was deleted; a line that continues the previous one's item (a
 * line break was added or removed) gets no second marker.
 */
export function diffLines(ops: readonly Op[], view: View, oldNode?: JSONNode, newNode?: JSONNode): DiffLine[] {
  const infos = { old: oldNode && blockLines(oldNode), new: newNode && blockLines(newNode) };
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
