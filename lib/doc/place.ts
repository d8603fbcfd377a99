import type { JSONNode } from '@/lib/doc/types';
import { blockPlainText } from '@/lib/doc/text';

/** Top-level block types that have a name in words (compare.blockTypes); any other is a "block". */
export const NAMED_BLOCK_TYPES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
  'codeBlock',
  'horizontalRule',
  'table',
  'callout',
  'routine',
] as const;
export type NamedBlockType = (typeof NAMED_BLOCK_TYPES)[number] | 'other';

/** Longest text a block is named by, in characters, before it is cut at a word and ends in "…". */
export const NAME_LENGTH = 40;

/**
 * A block as a person would point at it: its type and its own words (a routine's title, a
 * heading's text, the start of a paragraph), e.g. paragraph + "Alle firma skal…". `text` is ""
 * for a block without words, such as a divider.
 */
export type BlockName = { type: NamedBlockType; text: string };

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= NAME_LENGTH) return flat;
  const cut = flat.slice(0, NAME_LENGTH);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > NAME_LENGTH / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

export function blockName(node: JSONNode): BlockName {
  const type = NAMED_BLOCK_TYPES.find((name) => name === node.type) ?? 'other';
  const title = node.type === 'routine' && typeof node.attrs?.title === 'string' ? node.attrs.title : '';
  return { type, text: shortened(title || blockPlainText(node)) };
}

/**
 * Where a block stands in a document, by its neighbours rather than its number: first in the
 * guide, first under a heading ("the top of «Firma»"), or after another block.
 */
export type Place = { kind: 'start' } | { kind: 'sectionTop'; section: string } | { kind: 'after'; block: BlockName };

export function placeOf(blocks: readonly JSONNode[], index: number): Place {
  const previous = blocks[index - 1];
  if (!previous) return { kind: 'start' };
  if (previous.type === 'heading') {
    const section = blockName(previous).text;
    if (section) return { kind: 'sectionTop', section };
  }
  return { kind: 'after', block: blockName(previous) };
}
