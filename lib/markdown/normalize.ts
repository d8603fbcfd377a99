import type { JSONNode, Mark } from '@/lib/doc/types';
import { blockPlainText, isInline } from '@/lib/doc/text';

/**
 * Makes converted content a valid guide document in one canonical form, so that a document read
 * from Markdown, written out and read again comes back equal:
 * - text: soft line breaks are spaces, no empty text nodes, neighbours with the same marks merged,
 *   no spaces at the start or end of a paragraph (Markdown cannot keep them);
 * - marks: one of each type, in schema order; `code` alone (the schema's code mark excludes all
 *   others), except inside a link, where the link is kept and the code style dropped;
 * - blocks: inline content only in paragraphs, headings and code blocks; stray inline content
 *   wrapped in a paragraph; empty paragraphs only where the schema needs a block (an empty
 *   container, the first child of a list item).
 */

// The schema's mark order (ProseMirror sorts marks by rank; tiptap's JSON uses the same order).
const MARK_ORDER = ['link', 'bold', 'code', 'italic', 'strike', 'underline'];

function markRank(mark: Mark): number {
  const rank = MARK_ORDER.indexOf(mark.type);
  return rank === -1 ? MARK_ORDER.length : rank;
}

export function normalizeMarks(marks: Mark[] | undefined): Mark[] {
  if (!marks || marks.length === 0) return [];
  const byType = new Map<string, Mark>();
  for (const mark of marks) {
    if (byType.has(mark.type)) continue;
    byType.set(
      mark.type,
      mark.type === 'link'
        ? { type: 'link', attrs: { href: mark.attrs.href, title: mark.attrs.title ?? null } }
        : { type: mark.type },
    );
  }
  if (byType.has('code')) {
    if (byType.has('link')) byType.delete('code');
    else return [{ type: 'code' }];
  }
  return [...byType.values()].sort((a, b) => markRank(a) - markRank(b));
}

export function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((mark, index) => sameMark(mark, right[index]));
}

export function sameMark(a: Mark, b: Mark): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'link' && b.type === 'link') {
    return a.attrs.href === b.attrs.href && (a.attrs.title ?? null) === (b.attrs.title ?? null);
  }
  return true;
}

function withMarks(node: JSONNode, marks: Mark[]): JSONNode {
  return marks.length > 0 ? { ...node, marks } : node;
}

function stringAttr(node: JSONNode, name: string): string | null {
  const value = node.attrs?.[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function normalizeInline(nodes: JSONNode[]): JSONNode[] {
  const out: JSONNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = (node.text ?? '').replace(/[ \t]*\n[ \t]*/g, ' ');
      if (text === '') continue;
      const marks = normalizeMarks(node.marks);
      const last = out[out.length - 1];
      if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text = `${last.text ?? ''}${text}`;
      else out.push(withMarks({ type: 'text', text }, marks));
    } else if (node.type === 'hardBreak') {
      out.push({ type: 'hardBreak' });
    } else if (node.type === 'image') {
      const image: JSONNode = {
        type: 'image',
        attrs: { src: stringAttr(node, 'src') ?? '', alt: stringAttr(node, 'alt'), title: stringAttr(node, 'title') },
      };
      out.push(withMarks(image, normalizeMarks(node.marks)));
    }
  }
  trimEdges(out);
  return out;
}

function trimEdges(nodes: JSONNode[]): void {
  while (nodes.length > 0 && nodes[0].type === 'text') {
    const text = (nodes[0].text ?? '').replace(/^[ \t]+/, '');
    if (text !== '') {
      nodes[0].text = text;
      break;
    }
    nodes.shift();
  }
  while (nodes.length > 0 && nodes[nodes.length - 1].type === 'text') {
    const last = nodes[nodes.length - 1];
    const text = (last.text ?? '').replace(/[ \t]+$/, '');
    if (text !== '') {
      last.text = text;
      break;
    }
    nodes.pop();
  }
}

function paragraph(content: JSONNode[]): JSONNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function isOnlyBreaks(block: JSONNode): boolean {
  return block.type === 'paragraph' && (block.content ?? []).every((child) => child.type === 'hardBreak');
}

/**
 * Block children of a container. `required`: the container needs at least one block.
 * A paragraph of nothing but line breaks becomes one paragraph per break, the way MDX reads
 * `<br /><br />` on a line of its own (table cells excepted: a cell is one line of text).
 */
export function normalizeFlow(nodes: JSONNode[], required: boolean, inCell = false): JSONNode[] {
  const out: JSONNode[] = [];
  let run: JSONNode[] = [];
  const push = (block: JSONNode | null) => {
    if (!block) return;
    if (!inCell && isOnlyBreaks(block) && (block.content?.length ?? 0) > 1) {
      for (const lineBreak of block.content ?? []) out.push(paragraph([lineBreak]));
    } else {
      out.push(block);
    }
  };
  const flush = () => {
    if (run.length > 0) {
      const content = normalizeInline(run);
      if (content.length > 0) push(paragraph(content));
    }
    run = [];
  };
  for (const node of groupListItems(nodes)) {
    if (isInline(node)) {
      run.push(node);
      continue;
    }
    flush();
    push(normalizeBlock(node));
  }
  flush();
  if (required && out.length === 0) out.push(paragraph([]));
  return out;
}

/** List items outside a list (`<li>` lines in unknown HTML) next to each other: one list. */
function groupListItems(nodes: JSONNode[]): JSONNode[] {
  const out: JSONNode[] = [];
  let group: JSONNode[] | null = null;
  for (const node of nodes) {
    if (node.type !== 'listItem') {
      out.push(node);
      group = null;
    } else if (group) {
      group.push(node);
    } else {
      group = [node];
      out.push({ type: 'bulletList', content: group });
    }
  }
  return out;
}

function normalizeListItem(node: JSONNode): JSONNode {
  const content = normalizeFlow(node.type === 'listItem' ? (node.content ?? []) : [node], false);
  if (content[0]?.type !== 'paragraph') content.unshift(paragraph([]));
  return { type: 'listItem', content };
}

function normalizeCell(node: JSONNode, header: boolean): JSONNode {
  const align = node.attrs?.align;
  const cell: JSONNode = { type: header ? 'tableHeader' : 'tableCell' };
  if (align === 'left' || align === 'center' || align === 'right') cell.attrs = { align };
  cell.content = normalizeFlow(node.content ?? [], true, true);
  return cell;
}

/** One block in canonical form, or null when nothing of it is left (an empty paragraph). */
function normalizeBlock(node: JSONNode): JSONNode | null {
  switch (node.type) {
    case 'paragraph': {
      const content = normalizeInline(node.content ?? []);
      return content.length > 0 ? paragraph(content) : null;
    }
    case 'heading': {
      const level = typeof node.attrs?.level === 'number' ? Math.min(4, Math.max(1, node.attrs.level)) : 1;
      const content = normalizeInline(node.content ?? []);
      return content.length > 0
        ? { type: 'heading', attrs: { level }, content }
        : { type: 'heading', attrs: { level } };
    }
    case 'codeBlock': {
      const text = (node.content ?? []).map((child) => child.text ?? '').join('');
      const language = stringAttr(node, 'language');
      return text
        ? { type: 'codeBlock', attrs: { language }, content: [{ type: 'text', text }] }
        : { type: 'codeBlock', attrs: { language } };
    }
    case 'horizontalRule':
      return { type: 'horizontalRule' };
    case 'blockquote':
      return { type: 'blockquote', content: normalizeFlow(node.content ?? [], true) };
    case 'callout':
      return {
        type: 'callout',
        attrs: { kind: node.attrs?.kind ?? 'note' },
        content: normalizeFlow(node.content ?? [], true),
      };
    case 'routine':
      return {
        type: 'routine',
        attrs: {
          id: stringAttr(node, 'id') ?? '',
          title: stringAttr(node, 'title') ?? '',
          what: stringAttr(node, 'what') ?? '',
          owner: stringAttr(node, 'owner') ?? '',
          ownerEmail: stringAttr(node, 'ownerEmail'),
          reviewBy: stringAttr(node, 'reviewBy'),
        },
        content: normalizeFlow(node.content ?? [], true),
      };
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map(normalizeListItem);
      if (items.length === 0) return null;
      if (node.type === 'bulletList') return { type: 'bulletList', content: items };
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      return { type: 'orderedList', attrs: { start }, content: items };
    }
    case 'listItem':
      // Only ever inside a list; one on its own is given a list around it.
      return { type: 'bulletList', content: [normalizeListItem(node)] };
    case 'table': {
      const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
      if (rows.length === 0) return null;
      return {
        type: 'table',
        content: rows.map((row, index) => ({
          type: 'tableRow',
          content: (row.content ?? []).map((cell) => normalizeCell(cell, index === 0)),
        })),
      };
    }
    default:
      // Not a guide block (the converter makes none); its text is kept rather than lost.
      return normalizeBlock({ type: 'paragraph', content: [{ type: 'text', text: blockPlainText(node) }] });
  }
}
