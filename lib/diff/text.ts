import type { JSONNode, Mark } from '@/lib/doc/types';
import { walkText } from '@/lib/doc/text';

/**
 * A block's text (the one of `blockPlainText`, lib/doc/text.ts) with the formatting of every
 * character kept beside it, and its link and image targets. A routine's text is its content; its
 * title, owner and other attributes are compared as attributes.
 */
export type Run = { end: number; key: string };

export type RichText = {
  text: string;
  /** Consecutive character ranges with one formatting key each ('' = plain). */
  runs: Run[];
  /** Link targets in reading order. */
  links: string[];
  /** Image sources in reading order. */
  images: string[];
};

export function markKey(marks: Mark[] | undefined): string {
  if (!marks || marks.length === 0) return '';
  const parts = marks.map((mark) => (mark.type === 'link' ? `link:${mark.attrs.href}` : mark.type));
  parts.sort();
  return parts.join('+');
}

function imageSrc(node: JSONNode): string {
  const src = node.attrs?.src;
  return typeof src === 'string' ? src : '';
}

/** The formatting key of a piece of text, noting the links and images it comes with. */
function keyOf(from: JSONNode | null, links: string[], images: string[]): string {
  if (from?.type === 'text') {
    for (const mark of from.marks ?? []) if (mark.type === 'link') links.push(mark.attrs.href);
    return markKey(from.marks);
  }
  if (from?.type === 'image') {
    const src = imageSrc(from);
    images.push(src);
    // The source is part of the key, so a replaced screenshot with the same alt text still shows.
    return `image:${src}`;
  }
  return '';
}

export function richText(node: JSONNode): RichText {
  const rich: RichText = { text: '', runs: [], links: [], images: [] };
  walkText(node, {
    text(piece, from) {
      const key = keyOf(from, rich.links, rich.images);
      if (piece === '') return;
      rich.text += piece;
      const last = rich.runs[rich.runs.length - 1];
      if (last && last.key === key) last.end = rich.text.length;
      else rich.runs.push({ end: rich.text.length, key });
    },
  });
  return rich;
}
