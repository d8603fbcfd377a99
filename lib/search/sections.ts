import type { GuideDoc } from '@/lib/doc/types';
import { headingIds } from '@/lib/doc/outline';
import { routineAttrs } from '@/lib/doc/routines';
import { blockPlainText } from '@/lib/doc/text';

export type Section = { anchor: string; title: string; body: string };

/**
 * Cuts a guide into search hits: each routine is one section, and each heading starts one that
 * holds the text up to the next heading or routine. Anchors match the reader page's ids.
 */
export function searchSections(doc: GuideDoc, guideTitle: string): Section[] {
  const ids = headingIds(doc);
  let headingIndex = 0;
  const sections: Section[] = [];
  let current: Section = { anchor: '', title: guideTitle, body: '' };
  const flush = () => {
    if (current.body.trim() || current.anchor) sections.push({ ...current, body: current.body.trim() });
  };
  for (const block of doc.content) {
    if (block.type === 'heading') {
      flush();
      current = { anchor: ids[headingIndex++] ?? '', title: blockPlainText(block).trim(), body: '' };
    } else if (block.type === 'routine') {
      flush();
      const routine = routineAttrs(block);
      sections.push({
        anchor: `routine-${routine.id}`,
        title: routine.title,
        body: [routine.what, routine.owner, blockPlainText(block)].filter(Boolean).join('\n'),
      });
      headingIndex += headingIds({ type: 'doc', content: [block] }).length;
      current = { anchor: '', title: current.title, body: '' };
    } else {
      current.body += `${blockPlainText(block)}\n`;
      headingIndex += headingIds({ type: 'doc', content: [block] }).length;
    }
  }
  flush();
  return sections;
}

/**
 * A user's words as an FTS5 query: every word must occur, each as a prefix ("oppfølg" finds
 * "oppfølging"). Words are quoted, so nothing the user types is read as query syntax.
 */
export function ftsQuery(input: string): string | null {
  const words =
    input
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/** Splits a snippet with highlight markers into parts, so the page renders marks without HTML. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  const re = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'g');
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), hit: false });
    parts.push({ text: m[1], hit: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), hit: false });
  return parts;
}
