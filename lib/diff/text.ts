import type { JSONNode, Mark } from '@/lib/doc/types';

/**
 * Plain text of a block, with the formatting of every character kept beside it.
 *
 * Its text MUST equal `blockPlainText(node)` (lib/doc/text.ts): inline content run together, hard
 * breaks as "\n", image alt texts included, child blocks on their own lines with blank ones left
 * out. A routine's text is its content; its title, owner and other attributes are compared as
 * attributes.
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

const INLINE_TYPES = new Set(['text', 'hardBreak', 'image']);
const NON_SPACE = /\S/;

export function markKey(marks: Mark[] | undefined): string {
  if (!marks || marks.length === 0) return '';
  const parts = marks.map((mark) => (mark.type === 'link' ? `link:${mark.attrs.href}` : mark.type));
  parts.sort();
  return parts.join('+');
}

function stringAttr(node: JSONNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
}

/** Collects text pieces (and, when asked, their formatting keys, links and images) in one walk. */
class Builder {
  readonly parts: string[] = [];
  readonly keys: string[] = [];
  readonly links: string[] = [];
  readonly images: string[] = [];

  constructor(readonly rich: boolean) {}

  add(text: string, key: string): void {
    this.parts.push(text);
    if (this.rich) this.keys.push(key);
  }

  walk(node: JSONNode): void {
    if (node.type === 'text') {
      if (this.rich) for (const mark of node.marks ?? []) if (mark.type === 'link') this.links.push(mark.attrs.href);
      if (node.text) this.add(node.text, this.rich ? markKey(node.marks) : '');
      return;
    }
    if (node.type === 'hardBreak') {
      this.add('\n', '');
      return;
    }
    if (node.type === 'image') {
      const src = stringAttr(node, 'src');
      if (this.rich) this.images.push(src);
      const alt = stringAttr(node, 'alt');
      // The source is part of the key, so a replaced screenshot with the same alt text still shows.
      if (alt) this.add(alt, `image:${src}`);
      return;
    }
    const children = node.content;
    if (!children || children.length === 0) return;
    if (INLINE_TYPES.has(children[0].type)) {
      for (const child of children) this.walk(child);
      return;
    }
    let first = true;
    for (const child of children) {
      const mark = this.parts.length;
      const linkMark = this.links.length;
      const imageMark = this.images.length;
      if (!first) this.add('\n', '');
      const start = this.parts.length;
      this.walk(child);
      let blank = true;
      for (let k = start; k < this.parts.length && blank; k++) blank = !NON_SPACE.test(this.parts[k]);
      if (blank) {
        // Blank child blocks are left out, with their separator.
        this.parts.length = mark;
        if (this.rich) this.keys.length = mark;
        this.links.length = linkMark;
        this.images.length = imageMark;
      } else first = false;
    }
  }
}

export function richText(node: JSONNode): RichText {
  const builder = new Builder(true);
  builder.walk(node);
  const runs: Run[] = [];
  let end = 0;
  for (let k = 0; k < builder.parts.length; k++) {
    end += builder.parts[k].length;
    const last = runs[runs.length - 1];
    if (last && last.key === builder.keys[k]) last.end = end;
    else runs.push({ end, key: builder.keys[k] });
  }
  return { text: builder.parts.join(''), runs, links: builder.links, images: builder.images };
}

/** The block's plain text, the one definition shared with search and Markdown. */
export { blockPlainText } from '@/lib/doc/text';
