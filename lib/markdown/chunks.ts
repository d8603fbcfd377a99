/**
 * micromark slows down with every list or quote it closes in a long document (each closing edits
 * the whole event list so far): 2,000 short lists took 30 s. The file is therefore parsed in
 * top-level pieces, cut only where nothing can continue across the cut: before a heading or a
 * component tag at the start of a line, after a blank line, outside code fences, front matter,
 * comments, open tags and braces. A file with reference definitions is parsed whole, since a
 * reference may come before its definition.
 */
export type Chunk = { text: string; line: number; offset: number };

// Pieces of at least this many lines: each parse has a fixed cost, and short ones are fast anyway.
const MIN_CHUNK_LINES = 200;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const CUT_BEFORE = /^(?:<[A-Z]|#{1,6}(?:[ \t]|$))/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const OPEN_TAG = /^<([A-Za-z][\w.:-]*)/;
const CLOSE_TAG = /^<\/[A-Za-z]/;
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col', 'embed']);

export function topLevelChunks(source: string): Chunk[] {
  if (DEFINITION.test(source)) return [{ text: source, line: 0, offset: 0 }];
  const lines = source.split('\n');
  const chunks: Chunk[] = [];
  let start = 0;
  let startOffset = 0;
  let offset = 0;
  let fence: string | null = null;
  let frontMatter = lines[0] === '---';
  let inComment = false;
  let openTags = 0;
  let braces = 0;
  let afterBlank = false;
  lines.forEach((line, index) => {
    const closed = !fence && !frontMatter && !inComment && openTags === 0 && braces === 0;
    if (index - start >= MIN_CHUNK_LINES && closed && afterBlank && CUT_BEFORE.test(line)) {
      chunks.push({ text: lines.slice(start, index).join('\n'), line: start, offset: startOffset });
      start = index;
      startOffset = offset;
    }
    if (frontMatter) {
      if (index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line)) frontMatter = false;
    } else if (fence) {
      const close = FENCE.exec(line);
      if (
        close &&
        close[1][0] === fence[0] &&
        close[1].length >= fence.length &&
        /^[ \t]*$/.test(line.slice(close[0].length))
      )
        fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const open = FENCE.exec(line);
      if (open) fence = open[1];
      else {
        const comment = line.lastIndexOf('<!--');
        if (comment !== -1 && !line.includes('-->', comment)) inComment = true;
        const tag = OPEN_TAG.exec(line);
        if (tag && !VOID_TAGS.has(tag[1].toLowerCase()) && !/\/>\s*$/.test(line) && !line.includes(`</${tag[1]}`))
          openTags += 1;
        else if (CLOSE_TAG.test(line)) openTags = Math.max(0, openTags - 1);
        for (const ch of line) {
          if (ch === '{') braces += 1;
          else if (ch === '}') braces = Math.max(0, braces - 1);
        }
      }
    }
    afterBlank = line.trim() === '';
    offset += line.length + 1;
  });
  chunks.push({ text: lines.slice(start).join('\n'), line: start, offset: startOffset });
  return chunks;
}
