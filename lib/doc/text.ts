import type { JSONNode } from '@/lib/doc/types';

/**
 * The text of a block, decided here once for search, the outline, Markdown, the diff engine and the
 * compare view: inline text run together, a hard break as a newline, an image as its alt text,
 * child blocks (list items, cells, callout content) on their own lines, blank ones left out.
 * `walkText` walks a block by these rules; `blockPlainText`, `blockLines` and the diff's rich text
 * (lib/diff/text.ts) are what it tells a visitor, so they agree by construction.
 */

const INLINE_TYPES = new Set(['text', 'hardBreak', 'image']);
const NON_SPACE = /\S/;

/** A text, hard break or image node: part of a line rather than a block of its own. */
export function isInline(node: JSONNode): boolean {
  return INLINE_TYPES.has(node.type);
}

/**
 * Whether a node holds inline content (a paragraph, heading or code block) rather than blocks. The
 * schema never mixes the two in one node (validateDoc checks it), so the first child tells.
 */
export function hasInlineContent(node: JSONNode): boolean {
  const first = node.content?.[0];
  return first !== undefined && isInline(first);
}

/** Where a line of a block's text stands in the block. */
export type LineInfo = {
  /** "3." or "•" on a list item's first line, '' elsewhere. */
  marker: string;
  /** Enclosing lists: 0 outside lists, 1 in a top-level list, 2 in a nested one. */
  lists: number;
  /** Table row and column of a cell's line, and whether the cell is a header cell. */
  row?: number;
  col?: number;
  header?: boolean;
};

export type TextVisitor = {
  /**
   * The characters of the text, in order: a text node's text, an image's alt text or a hard
   * break's "\n" (`from` is that node; called for every one, even with an empty piece), and the
   * "\n" between two child blocks (`from` is null).
   */
  text?(piece: string, from: JSONNode | null): void;
  /** One call per line of the text, in order: the first line, then one for every "\n". */
  line?(info: LineInfo): void;
};

const PLAIN: LineInfo = { marker: '', lists: 0 };

/** Whether a node's text has a character other than white space: a blank child block is left out. */
function hasText(node: JSONNode): boolean {
  if (node.type === 'text') return NON_SPACE.test(node.text ?? '');
  if (node.type === 'image') return NON_SPACE.test(imageAlt(node));
  const children = node.content;
  if (children) for (const child of children) if (hasText(child)) return true;
  return false;
}

function imageAlt(node: JSONNode): string {
  const alt = node.attrs?.alt;
  return typeof alt === 'string' ? alt : '';
}

/** One walk of one block (a class rather than closures: this runs for every block of every diff). */
class Walker {
  // A line is announced when its first content is reached, since only then is it known where it
  // stands (the break before a list item is made in the list, the item's place is known below).
  private announced = false;
  private marker = '';

  constructor(private readonly visitor: TextVisitor) {}

  announce(place: LineInfo): void {
    if (this.announced) return;
    this.announced = true;
    this.visitor.line?.({ ...place, marker: this.marker });
    this.marker = '';
  }

  private emit(piece: string, from: JSONNode, place: LineInfo): void {
    this.announce(place);
    this.visitor.text?.(piece, from);
    if (!this.visitor.line) return;
    // Line breaks inside a text (a code block's lines) start lines at the same place.
    for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) {
      this.announced = false;
      this.announce(place);
    }
  }

  walk(node: JSONNode, place: LineInfo): void {
    switch (node.type) {
      case 'text':
        return this.emit(node.text ?? '', node, place);
      case 'hardBreak':
        return this.emit('\n', node, place);
      case 'image':
        return this.emit(imageAlt(node), node, place);
    }
    const children = node.content;
    if (!children) return;
    if (hasInlineContent(node)) {
      this.announce(place);
      for (const child of children) this.walk(child, place);
      return;
    }
    const ordered = node.type === 'orderedList';
    const list = ordered || node.type === 'bulletList';
    const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
    let first = true;
    for (let k = 0; k < children.length; k++) {
      const child = children[k];
      if (!hasText(child)) continue;
      if (!first) {
        this.visitor.text?.('\n', null);
        this.announced = false;
      }
      first = false;
      let next = place;
      if (list) {
        // Numbered by position, blank items included, as the reader sees the list.
        this.marker = ordered ? `${start + k}.` : '•';
        next = { ...place, lists: place.lists + 1 };
      } else if (node.type === 'table') next = { ...place, row: k };
      else if (node.type === 'tableRow') next = { ...place, col: k, header: child.type === 'tableHeader' };
      this.walk(child, next);
    }
  }
}

/** Walks a block's text, telling the visitor its characters and its lines. */
export function walkText(node: JSONNode, visitor: TextVisitor): void {
  const walker = new Walker(visitor);
  walker.walk(node, PLAIN);
  // The empty text is one (empty) line too.
  walker.announce(PLAIN);
}

/** The readable text of a block: for search, the outline, Markdown, the review page and diffs. */
export function blockPlainText(node: JSONNode): string {
  let out = '';
  walkText(node, {
    text(piece) {
      out += piece;
    },
  });
  return out;
}

/** Where each line of `blockPlainText(node)` stands: one entry per line, in order. */
export function blockLines(node: JSONNode): LineInfo[] {
  const out: LineInfo[] = [];
  walkText(node, { line: (info) => out.push(info) });
  return out;
}
