import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { JSONNode, Mark } from '@/lib/doc/types';

type JsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;
type JsxTextElement = Extract<PhrasingContent, { type: 'mdxJsxTextElement' }>;
export type JsxElement = JsxFlowElement | JsxTextElement;

/**
 * Unknown MDX components and HTML elements (`<div>`, `<Card>`, `<li><a href>`): the guide keeps
 * what a reader sees in them (text, links, lists, headings, images) and leaves the markup out.
 * Callouts and routines are not handled here (lib/markdown/components.ts).
 */

/** What the converter lends this module: its own reading of children, lines and warnings. */
export type ElementContext = {
  flow(children: RootContent[]): JSONNode[];
  inline(children: PhrasingContent[], marks: Mark[]): JSONNode[];
  line(node: Nodes): number | null;
  /** An address (link or image) as written, for lib/markdown/addresses.ts. */
  address(kind: 'link' | 'image', url: string, line: number | null): void;
  /** An element whose markup was left out; counted per tag name for one warning each. */
  unwrapped(tag: string, line: number | null): void;
};

// Elements that stand for a block of their own. Any capitalized component is one too.
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'iframe',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'video',
]);

// Elements with a guide equivalent: their markup is translated, not lost, so they need no warning.
const TRANSLATED = new Set([
  'a',
  'b',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'li',
  'ol',
  'p',
  's',
  'strike',
  'strong',
  'u',
  'ul',
]);

const MARK_TAGS: Record<string, Mark> = {
  b: { type: 'bold' },
  strong: { type: 'bold' },
  i: { type: 'italic' },
  em: { type: 'italic' },
  s: { type: 'strike' },
  del: { type: 'strike' },
  strike: { type: 'strike' },
  u: { type: 'underline' },
  code: { type: 'code' },
};

export function isBlockElement(name: string | null | undefined): boolean {
  if (!name) return true; // a fragment, <>…</>
  return /^[A-Z]/.test(name) || BLOCK_TAGS.has(name.toLowerCase());
}

/** A string attribute as written (`href="x"`), or null when absent or an expression. */
export function stringAttribute(element: JsxElement, name: string): string | null {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') {
      return attribute.value;
    }
  }
  return null;
}

function addMark(nodes: JSONNode[], mark: Mark): JSONNode[] {
  return nodes.map((node) => {
    if (node.type === 'text' || node.type === 'image') return { ...node, marks: [...(node.marks ?? []), mark] };
    return node.content ? { ...node, content: addMark(node.content, mark) } : node;
  });
}

function textNode(text: string, marks: Mark[]): JSONNode {
  return marks.length > 0 ? { type: 'text', text, marks: [...marks] } : { type: 'text', text };
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** Whether a tag has a guide equivalent (so leaving its markup out loses nothing). */
export function isTranslated(name: string): boolean {
  return TRANSLATED.has(name.toLowerCase());
}

/**
 * The mark an inline element stands for (`<a href>`, `<b>` …), or null. `attribute` reads one of
 * its attributes (from MDX's tree, or from an HTML tag's text in plain Markdown).
 */
export function markForTag(name: string, attribute: (name: string) => string | null): Mark | null {
  const lower = name.toLowerCase();
  if (lower === 'a') {
    const href = attribute('href');
    return href ? { type: 'link', attrs: { href, title: attribute('title') } } : null;
  }
  return Object.hasOwn(MARK_TAGS, lower) ? MARK_TAGS[lower] : null;
}

function elementMark(element: JsxElement, context: ElementContext): Mark | null {
  const mark = markForTag(element.name ?? '', (name) => stringAttribute(element, name));
  if (mark?.type === 'link') context.address('link', mark.attrs.href, context.line(element));
  return mark;
}

function image(element: JsxElement, marks: Mark[], context: ElementContext): JSONNode[] {
  const src = stringAttribute(element, 'src');
  if (!src) return [];
  context.address('image', src, context.line(element));
  const node: JSONNode = {
    type: 'image',
    attrs: { src, alt: stringAttribute(element, 'alt'), title: stringAttribute(element, 'title') },
  };
  return [marks.length > 0 ? { ...node, marks: [...marks] } : node];
}

/**
 * Phrasing content that may hold block elements (MDX reads `<li><a …>…</a></li>` on one line as
 * text inside a paragraph): each block element becomes blocks, the text around it paragraphs.
 */
export function phrasingBlocks(children: PhrasingContent[], context: ElementContext): JSONNode[] {
  const blocks: JSONNode[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.some((child) => !isBlank(child))) blocks.push({ type: 'paragraph', content: context.inline(run, []) });
    run = [];
  };
  for (const child of children) {
    if (child.type === 'mdxJsxTextElement' && isBlockElement(child.name)) {
      flush();
      blocks.push(...elementBlocks(child, context));
    } else {
      run.push(child);
    }
  }
  flush();
  return blocks;
}

/** Whether a paragraph holds a block element (so it is read with phrasingBlocks). */
export function holdsBlockElement(children: PhrasingContent[]): boolean {
  return children.some((child) => child.type === 'mdxJsxTextElement' && isBlockElement(child.name));
}

function contentBlocks(element: JsxElement, context: ElementContext): JSONNode[] {
  return element.type === 'mdxJsxFlowElement'
    ? context.flow(element.children)
    : phrasingBlocks(element.children, context);
}

function inlineContent(blocks: JSONNode[]): JSONNode[] {
  const content: JSONNode[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    if (content.length > 0) content.push({ type: 'text', text: ' ' });
    content.push(...(block.content ?? []));
  }
  return content;
}

/** An element standing as a block: what a reader sees in it, as guide blocks. */
export function elementBlocks(element: JsxElement, context: ElementContext): JSONNode[] {
  const name = element.name ?? '';
  const lower = name.toLowerCase();
  const line = context.line(element);
  if (name && !isTranslated(name)) context.unwrapped(name, line);

  const heading = /^h([1-6])$/.exec(lower);
  if (heading) {
    const level = Math.min(4, Number(heading[1]));
    return [{ type: 'heading', attrs: { level }, content: inlineContent(contentBlocks(element, context)) }];
  }
  switch (lower) {
    case 'hr':
      return [{ type: 'horizontalRule' }];
    case 'br':
      return [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }];
    case 'img':
      return [{ type: 'paragraph', content: image(element, [], context) }];
    case 'iframe':
    case 'video': {
      const src = stringAttribute(element, 'src');
      if (!src) return contentBlocks(element, context);
      context.address('link', src, line);
      const text = stringAttribute(element, 'title') || src;
      return [{ type: 'paragraph', content: [textNode(text, [{ type: 'link', attrs: { href: src, title: null } }])] }];
    }
    case 'li':
      return [{ type: 'listItem', content: contentBlocks(element, context) }];
    case 'ul':
    case 'ol': {
      const items = contentBlocks(element, context).map((block) =>
        block.type === 'listItem' ? block : { type: 'listItem', content: [block] },
      );
      if (items.length === 0) return [];
      if (lower === 'ul') return [{ type: 'bulletList', content: items }];
      const start = Number(stringAttribute(element, 'start') ?? '1');
      return [{ type: 'orderedList', attrs: { start: Number.isInteger(start) ? start : 1 }, content: items }];
    }
    case 'blockquote':
      return [{ type: 'blockquote', content: contentBlocks(element, context) }];
  }
  const blocks = contentBlocks(element, context);
  const mark = elementMark(element, context);
  if (mark) return addMark(blocks, mark);
  // A card's or tab's title is text a reader sees above its content.
  const title = /^[A-Z]/.test(name) ? stringAttribute(element, 'title') : null;
  if (title?.trim()) blocks.unshift({ type: 'paragraph', content: [textNode(title, [{ type: 'bold' }])] });
  return blocks;
}

/** An element inside a line of text: its text, with the mark it stands for. */
export function elementInline(element: JsxTextElement, marks: Mark[], context: ElementContext): JSONNode[] {
  const name = element.name ?? '';
  const lower = name.toLowerCase();
  if (lower === 'br') return [{ type: 'hardBreak' }];
  if (lower === 'img') return image(element, marks, context);
  if (name && !isTranslated(name)) context.unwrapped(name, context.line(element));
  const mark = elementMark(element, context);
  return context.inline(element.children, mark ? [...marks, mark] : marks);
}
