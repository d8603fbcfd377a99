import type { JSONNode } from '@/lib/doc/types';

const INLINE_TYPES = new Set(['text', 'hardBreak', 'image']);

/**
 * The readable text of a block, for search and diffs: inline text run together, a hard break as a
 * newline, an image as its alt text, child blocks (list items, cells, callout content) on their
 * own lines, blank ones left out. The diff engine's rich text (lib/diff/text.ts) must agree with it.
 */
export function blockPlainText(node: JSONNode): string {
  switch (node.type) {
    case 'text':
      return node.text ?? '';
    case 'hardBreak':
      return '\n';
    case 'image':
      return typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
  }
  const children = node.content ?? [];
  const inline =
    node.type === 'paragraph' ||
    node.type === 'heading' ||
    node.type === 'codeBlock' ||
    children.some((child) => INLINE_TYPES.has(child.type));
  if (inline) return children.map(blockPlainText).join('');
  // Child blocks on their own lines; blank ones (an empty paragraph) are left out.
  return children
    .map(blockPlainText)
    .filter((text) => /\S/.test(text))
    .join('\n');
}
