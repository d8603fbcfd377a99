import type { DOMOutputSpec } from '@tiptap/pm/model';
import { escapeAttribute, escapeText, normalizeStyle } from './escape';

// Elements written without content or end tag.
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** A spec as HTML: the part before the content hole, the part after it, and whether there is one. */
export type Written = { open: string; close: string; hasHole: boolean };

function attributes(attrs: Record<string, unknown>): string {
  let html = '';
  for (const name in attrs) {
    const value = attrs[name];
    if (value == null) continue;
    const space = name.indexOf(' ');
    const attr = space > 0 ? name.slice(space + 1) : name.toLowerCase();
    const text = attr === 'style' ? normalizeStyle(String(value)) : String(value);
    html += ` ${attr}="${escapeAttribute(text)}"`;
  }
  return html;
}

function write(part: DOMOutputSpec, out: Written): void {
  if (typeof part === 'string') {
    if (out.hasHole) out.close += escapeText(part);
    else out.open += escapeText(part);
    return;
  }
  if (!Array.isArray(part) || typeof part[0] !== 'string') throw new RangeError('Invalid array passed to renderSpec');
  const rawTag: string = part[0];
  const space = rawTag.indexOf(' ');
  const tag = (space > 0 ? rawTag.slice(space + 1) : rawTag).toLowerCase();
  const maybeAttrs: unknown = part[1];
  const hasAttrs = maybeAttrs !== null && typeof maybeAttrs === 'object' && !Array.isArray(maybeAttrs);
  const startTag = `<${tag}${hasAttrs ? attributes(maybeAttrs as Record<string, unknown>) : ''}>`;
  if (out.hasHole) out.close += startTag;
  else out.open += startTag;
  const start = hasAttrs ? 2 : 1;
  for (let i = start; i < part.length; i++) {
    const child = part[i] as DOMOutputSpec | 0;
    if (child !== 0) write(child, out);
    else if (i < part.length - 1 || i > start)
      throw new RangeError('Content hole must be the only child of its parent node');
    else out.hasHole = true;
  }
  if (VOID_ELEMENTS.has(tag)) return;
  if (out.hasHole) out.close += `</${tag}>`;
  else out.open += `</${tag}>`;
}

/**
 * A ProseMirror DOMOutputSpec (`['tag', {attrs}, child…]`, `0` for the content) as HTML, the way
 * DOMSerializer would build it in a DOM and innerHTML would write it. Every string is escaped.
 */
export function writeSpec(spec: DOMOutputSpec): Written {
  const out: Written = { open: '', close: '', hasHole: false };
  write(spec, out);
  return out;
}
