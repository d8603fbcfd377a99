import type { BlockDiff, DocDiff, Op } from '@/lib/diff/types';
import { describeSummary, type SummaryTranslator } from '@/lib/diff/summary';
import type { Dates } from '@/lib/dates';

const INDENT = '    ';
/** Unchanged stretches longer than this many lines inside a changed block are shortened. */
const CONTEXT_LINES = 2;
/** Characters of unchanged text kept on each side of a change within a long line. */
const CONTEXT_CHARS = 60;

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
};

type Style = { color: boolean };

/** The "diff" catalogue in the reader's language (the command line's `--lang`). */
export type TerminalTranslator = SummaryTranslator & {
  (key: 'unchangedBlocks', values: { count: number }): string;
};

function paint(style: Style, code: string, text: string): string {
  return style.color && text !== '' ? `${code}${text}${ANSI.reset}` : text;
}

/** Colour per line, so indentation after a line break is never coloured. */
function paintLines(style: Style, code: string, text: string): string {
  return text
    .split('\n')
    .map((line) => paint(style, code, line))
    .join(`\n${INDENT}`);
}

/** Cuts a long line to its start and/or end, at a space where there is one nearby. */
function cutLine(line: string, keepStart: boolean, keepEnd: boolean): string {
  if (line.length <= 2 * CONTEXT_CHARS + 10) return line;
  const start = line.slice(0, CONTEXT_CHARS).replace(/\s\S*$/, ' ');
  const end = line.slice(-CONTEXT_CHARS).replace(/^\S*\s/, ' ');
  if (keepStart && keepEnd) return `${start}…${end}`;
  return keepEnd ? `…${end}` : `${start}…`;
}

/**
 * Unchanged text inside a changed block, cut to the lines and characters around the changes: a
 * reader of a terminal diff wants to see what changed, not the whole routine again.
 */
function shortenEqual(text: string, isFirst: boolean, isLast: boolean): string {
  let lines = text.split('\n');
  // Lines kept after the previous change and before the next one.
  const head = isFirst ? 0 : CONTEXT_LINES;
  const tail = isLast ? 0 : CONTEXT_LINES;
  if (lines.length > head + tail + 1) lines = [...lines.slice(0, head), '…', ...lines.slice(lines.length - tail)];
  const last = lines.length - 1;
  return lines
    .map((line, i) => {
      const afterChange = i === 0 && !isFirst;
      const beforeChange = i === last && !isLast;
      if (afterChange || beforeChange) return cutLine(line, afterChange, beforeChange);
      return cutLine(line, true, false);
    })
    .join('\n');
}

function renderOps(ops: readonly Op[], style: Style, shorten: boolean): string {
  if (ops.length === 0) return paint(style, ANSI.dim, '(no text)');
  return ops
    .map((op, index) => {
      if (op.op === 'equal') {
        const text = shorten ? shortenEqual(op.text, index === 0, index === ops.length - 1) : op.text;
        return text.split('\n').join(`\n${INDENT}`);
      }
      if (style.color) return paintLines(style, op.op === 'delete' ? ANSI.red : ANSI.green, op.text);
      const [open, close] = op.op === 'delete' ? ['[-', '-]'] : ['{+', '+}'];
      return `${open}${op.text.split('\n').join(`\n${INDENT}`)}${close}`;
    })
    .join('');
}

const MARKERS: Record<BlockDiff['status'], string> = {
  equal: ' ',
  inserted: '+',
  deleted: '-',
  changed: '~',
  moved: '>',
};

function header(block: BlockDiff, style: Style): string {
  const label = block.title ? ` "${block.title}"` : '';
  const id = block.routineId ? ` (${block.routineId})` : '';
  let where = '';
  if (block.status === 'moved')
    where = `, moved from block ${(block.oldIndex ?? 0) + 1} to ${(block.newIndex ?? 0) + 1}`;
  const notes: string[] = [];
  if (block.formatChanged) notes.push('formatting changed');
  if (block.limitExceeded) notes.push('too different to compare word by word');
  const tail = notes.length ? ` [${notes.join('; ')}]` : '';
  const text = `${MARKERS[block.status]} ${block.status} ${block.blockType}${label}${id}${where}${tail}`;
  const code = { equal: ANSI.dim, inserted: ANSI.green, deleted: ANSI.red, changed: ANSI.yellow, moved: ANSI.cyan }[
    block.status
  ];
  return paint(style, ANSI.bold + code, text);
}

function renderBlock(block: BlockDiff, style: Style): string {
  const lines = [header(block, style)];
  for (const change of block.attrChanges ?? []) {
    lines.push(`${INDENT}${change.name}: ${change.from ?? '–'} → ${change.to ?? '–'}`);
  }
  const changedText = block.ops.some((op) => op.op !== 'equal');
  // A moved or reformatted block with the same words: the header says enough.
  if (changedText || block.status === 'inserted' || block.status === 'deleted') {
    lines.push(INDENT + renderOps(block.ops, style, block.status === 'changed' || block.status === 'moved'));
  }
  return lines.join('\n');
}

/**
 * A readable text diff for a terminal: the summary line, then each changed block with a header
 * and its words as [-deleted-]{+inserted+} (or red and green with `color`), runs of unchanged
 * blocks collapsed to one line. The summary and the collapsed runs are worded by `t`; a block's
 * header gives its status and type as the `--json` output names them.
 */
export function renderTerminalDiff(
  diff: DocDiff,
  options: { color: boolean; t: TerminalTranslator; dates: Dates },
): string {
  const { t } = options;
  const style: Style = { color: options.color };
  const out: string[] = [paint(style, ANSI.bold, describeSummary(diff.summary, t, options.dates)), ''];
  let unchanged = 0;
  const flush = () => {
    if (unchanged > 0) out.push(paint(style, ANSI.dim, `… ${t('unchangedBlocks', { count: unchanged })} …`));
    unchanged = 0;
  };
  for (const block of diff.blocks) {
    if (block.status === 'equal') {
      unchanged++;
      continue;
    }
    flush();
    out.push(renderBlock(block, style));
  }
  flush();
  return `${out.join('\n')}\n`;
}
