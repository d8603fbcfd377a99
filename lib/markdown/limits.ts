import { importMessage, type ImportMessage } from '@/lib/markdown/errors';

/**
 * What an imported Markdown file may be, checked before it is parsed. The parser (micromark) slows
 * down sharply, or exhausts the stack, on deeply nested block quotes and lists, so such files are
 * refused up front; the worker that parses (lib/server/markdown-worker.ts) bounds time and memory
 * for everything these checks cannot foresee.
 */
export const MARKDOWN_LIMITS = {
  /** 1 MB: a guide with 2,000 routines is about 230 KB. */
  bytes: 1024 * 1024,
  lines: 50_000,
  /** Block quotes and lists inside each other; real guides stay under 6. */
  depth: 20,
} as const;

// A line of only `-`, `*` or `_` (spaces between) is a thematic break, not a list of lists.
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How many block quotes and lists a line opens, estimated from its prefix alone: each `>` and each
 * list marker (`-`, `*`, `+`, `1.`, `1)` followed by a space) counts one, and indentation before
 * or between them one per two columns. Lines without a marker count zero (code, continuations).
 */
export function lineNestingDepth(line: string): number {
  if (THEMATIC_BREAK.test(line)) return 0;
  let markers = 0;
  let columns = 0;
  let index = 0;
  while (index < line.length) {
    const ch = line[index];
    if (ch === ' ') {
      columns += 1;
      index += 1;
    } else if (ch === '\t') {
      columns += 4;
      index += 1;
    } else if (ch === '>') {
      markers += 1;
      index += 1;
    } else if (ch === '-' || ch === '*' || ch === '+') {
      if (!endsMarker(line, index + 1)) break;
      markers += 1;
      index += 1;
    } else if (ch >= '0' && ch <= '9') {
      let end = index;
      while (end < line.length && end - index < 9 && line[end] >= '0' && line[end] <= '9') end += 1;
      if ((line[end] !== '.' && line[end] !== ')') || !endsMarker(line, end + 1)) break;
      markers += 1;
      index = end + 1;
    } else {
      break;
    }
  }
  return markers === 0 ? 0 : markers + Math.floor(columns / 2);
}

function endsMarker(line: string, at: number): boolean {
  return at >= line.length || line[at] === ' ' || line[at] === '\t';
}

/** Why the file is refused before parsing (too large, too many lines, nested too deep), or null. */
export function markdownLimitProblem(source: string): ImportMessage | null {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MARKDOWN_LIMITS.bytes)
    return importMessage(null, 'import.tooLarge', { size: kilobytes(bytes), limit: kilobytes(MARKDOWN_LIMITS.bytes) });
  let lines = 0;
  let start = 0;
  while (start <= source.length) {
    const end = source.indexOf('\n', start);
    const stop = end === -1 ? source.length : end;
    lines += 1;
    if (lines > MARKDOWN_LIMITS.lines)
      return importMessage(null, 'import.tooManyLines', { max: MARKDOWN_LIMITS.lines });
    if (lineNestingDepth(source.slice(start, stop)) > MARKDOWN_LIMITS.depth)
      return importMessage(lines, 'import.tooDeep', { max: MARKDOWN_LIMITS.depth });
    start = stop + 1;
  }
  return null;
}

function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1024);
}
