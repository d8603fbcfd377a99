import type { GuideDoc, JSONNode } from '@/lib/doc/types';
import { slugify } from '@/lib/doc/routines';
import { blockPlainText } from '@/lib/doc/text';

export type OutlineEntry = { level: number; text: string; id: string; kind: 'heading' | 'routine' };

function headingText(node: JSONNode): string {
  return blockPlainText(node).replace(/\s+/g, ' ').trim();
}

/**
 * Every heading and routine in document order, including empty headings, so the renderer and the
 * table of contents number duplicate slugs the same way.
 */
function anchors(doc: GuideDoc): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const used = new Set<string>();
  // Where the search for a free "-n" starts for each slug: ids are only ever added, so the first
  // free number never goes down, and thousands of equal headings stay linear.
  const nextNumber = new Map<string, number>();
  let lastHeadingLevel = 1;

  const uniqueId = (base: string) => {
    if (!used.has(base)) {
      used.add(base);
      return base;
    }
    let n = nextNumber.get(base) ?? 2;
    while (used.has(`${base}-${n}`)) n++;
    nextNumber.set(base, n + 1);
    used.add(`${base}-${n}`);
    return `${base}-${n}`;
  };

  const visit = (node: JSONNode) => {
    if (node.type === 'heading') {
      const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
      const text = headingText(node);
      entries.push({ level, text, id: uniqueId(`h-${slugify(text) || 'section'}`), kind: 'heading' });
      lastHeadingLevel = level;
    } else if (node.type === 'routine') {
      const id = typeof node.attrs?.id === 'string' ? node.attrs.id : '';
      const title = typeof node.attrs?.title === 'string' ? node.attrs.title.trim() : '';
      // A routine sits one level below the heading it follows, so the table of contents nests it.
      entries.push({ level: lastHeadingLevel + 1, text: title || id, id: `routine-${id}`, kind: 'routine' });
    }
    node.content?.forEach(visit);
  };
  doc.content.forEach(visit);
  return entries;
}

/** The anchor id of every heading, in document order; the renderer puts these on the headings. */
export function headingIds(doc: GuideDoc): string[] {
  return anchors(doc)
    .filter((entry) => entry.kind === 'heading')
    .map((entry) => entry.id);
}

/** The table of contents: headings (`h-<slug>`) and routines (`routine-<id>`) with text. */
export function outline(doc: GuideDoc): OutlineEntry[] {
  return anchors(doc).filter((entry) => entry.text !== '');
}
