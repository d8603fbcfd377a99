import { unified } from 'unified';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { AlignType, List, ListItem, Nodes, PhrasingContent, Root, RootContent, TableRow, Text } from 'mdast';
import {
  CALLOUT_KINDS,
  type CalloutKind,
  type FrontMatter,
  type GuideDoc,
  type JSONNode,
  type Mark,
} from '@/lib/doc/types';
import { routineAttrs } from '@/lib/doc/routines';
import { calloutTagName, openTag, routineAttributeList } from '@/lib/markdown/components';
import { writeFrontMatter } from '@/lib/markdown/front-matter';
import { normalizeMarks, sameMark } from '@/lib/markdown/normalize';

type Handle = NonNullable<NonNullable<StringifyOptions['handlers']>['mdxJsxFlowElement']>;
type JsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;
type JsxTextElement = Extract<PhrasingContent, { type: 'mdxJsxTextElement' }>;
type Block = Exclude<RootContent, PhrasingContent | ListItem | TableRow | { type: 'tableCell' }>;

/**
 * Callouts and routines: the tag, a blank line, the content, a blank line, the closing tag. The
 * blank lines make plain Markdown (where `<Note>` is HTML) read the content as Markdown too, and
 * the content is not indented, so it is never mistaken for an indented code block.
 */
const componentBlock: Handle = (node: JsxFlowElement, _parent, state, info) => {
  const attributes: [string, string][] = node.attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
      ? [[attribute.name, attribute.value] as [string, string]]
      : [],
  );
  const name = node.name ?? '';
  const inner = node.children.length > 0 ? state.containerFlow(node, info) : '';
  return `${openTag(name, attributes)}\n\n${inner ? `${inner}\n\n` : ''}</${name}>`;
};

/**
 * Text as the default handler writes it, then every `_` escaped. The default leaves `_` between
 * letters alone (`a_b`), which is only safe until a neighbouring letter is written as a character
 * reference next to strikethrough or emphasis (`~~x~~&#x61;_b`); then the `_` opens emphasis.
 */
const textHandler: Handle = (node: Text, parent, state, info) => {
  const siblings = parent && 'children' in parent ? (parent.children as Nodes[]) : [];
  const index = state.indexStack[state.indexStack.length - 1];
  const value = state.safe(node.value, { ...info, beforeNode: siblings[index - 1], afterNode: siblings[index + 1] });
  return value.replace(/(\\*)_/g, (match, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\_` : match));
};

const SETTINGS: StringifyOptions = {
  bullet: '-',
  // Only for a list right after another list, which would otherwise merge with it.
  bulletOther: '+',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: true,
  // `***`, not `---`: a rule at the top of a file without front matter would otherwise pair with a
  // later one and be read as front matter.
  rule: '*',
  setext: false,
  closeAtx: false,
  quote: '"',
  handlers: { mdxJsxFlowElement: componentBlock, text: textHandler },
  unsafe: [
    // At the start of a line, MDX reads `import ...` and `export ...` as JavaScript.
    { atBreak: true, character: 'i', after: 'mport\\b' },
    { atBreak: true, character: 'e', after: 'xport\\b' },
  ],
};

const processor = unified()
  .use(remarkStringify, SETTINGS)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMdx);

function jsxText(name: string, children: PhrasingContent[]): JsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: [], children };
}

type Context = 'paragraph' | 'heading' | 'cell';

function markNode(mark: Mark): Exclude<PhrasingContent, { type: 'text' }> & { children: PhrasingContent[] } {
  switch (mark.type) {
    case 'link':
      return { type: 'link', url: mark.attrs.href, title: mark.attrs.title ?? null, children: [] };
    case 'bold':
      return { type: 'strong', children: [] };
    case 'italic':
      return { type: 'emphasis', children: [] };
    case 'strike':
      return { type: 'delete', children: [] };
    default:
      // Markdown has no underline; `<u>` is read back as one.
      return jsxText('u', []);
  }
}

function stringAttr(node: JSONNode, name: string): string | null {
  const value = node.attrs?.[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Inline content with marks turned into nested Markdown spans. A mark that runs further is
 * opened first (outermost), so `**a *b***` is one strong span, not two.
 */
function phrasing(nodes: JSONNode[] | undefined, context: Context): PhrasingContent[] {
  const items = (nodes ?? []).map((node) => ({
    node,
    marks: node.type === 'hardBreak' ? [] : normalizeMarks(node.marks).filter((mark) => mark.type !== 'code'),
    code: node.type === 'text' && (node.marks ?? []).some((mark) => mark.type === 'code'),
  }));
  // A line break inside bold text stays inside the bold span.
  items.forEach((item, index) => {
    if (item.node.type !== 'hardBreak') return;
    const before = items[index - 1]?.marks ?? [];
    const after = items[index + 1]?.marks ?? [];
    item.marks = before.filter((mark) => after.some((other) => sameMark(mark, other)));
  });
  const reach = (from: number, mark: Mark) => {
    let end = from;
    while (end < items.length && items[end].marks.some((other) => sameMark(mark, other))) end++;
    return end - from;
  };

  // Line breaks at the very end are written `<br />` on the same line: a backslash cannot end a
  // paragraph, and a `<br />` alone on a line would be read (in MDX) as a block of its own.
  let trailingBreaks = items.length;
  while (trailingBreaks > 0 && items[trailingBreaks - 1].node.type === 'hardBreak') trailingBreaks--;

  const root: PhrasingContent[] = [];
  const stack: { mark: Mark; children: PhrasingContent[] }[] = [];
  const target = () => (stack.length > 0 ? stack[stack.length - 1].children : root);

  items.forEach((item, index) => {
    let keep = 0;
    while (keep < stack.length && item.marks.some((mark) => sameMark(mark, stack[keep].mark))) keep++;
    stack.length = keep;
    const opening = item.marks.filter((mark) => !stack.some((frame) => sameMark(frame.mark, mark)));
    opening.sort((a, b) => reach(index, b) - reach(index, a));
    for (const mark of opening) {
      const span = markNode(mark);
      target().push(span);
      stack.push({ mark, children: span.children });
    }
    const { node } = item;
    if (node.type === 'text') {
      const value = node.text ?? '';
      // In a table cell GFM removes one backslash before every `|`, also inside code, so code
      // with an odd run of backslashes before a `|` cannot be written; it is kept as exact text.
      const code = item.code && !(context === 'cell' && /(?:^|[^\\])(?:\\\\)*\\\|/.test(value));
      target().push(code ? { type: 'inlineCode', value } : { type: 'text', value });
    } else if (node.type === 'image') {
      target().push({
        type: 'image',
        url: stringAttr(node, 'src') ?? '',
        alt: stringAttr(node, 'alt') ?? '',
        title: stringAttr(node, 'title'),
      });
    } else if (node.type === 'hardBreak') {
      // Headings and table cells are one line, so their breaks are always `<br />`.
      target().push(context === 'paragraph' && index < trailingBreaks ? { type: 'break' } : jsxText('br', []));
    }
  });
  return root;
}

/**
 * A table cell is one line of inline content in GFM. Block content is flattened: each paragraph
 * (or other text block) becomes a line, the lines joined with `<br /><br />`. Cells read from
 * Markdown hold one paragraph and come back unchanged.
 */
function cellLines(blocks: JSONNode[] | undefined): PhrasingContent[][] {
  return (blocks ?? []).flatMap((block): PhrasingContent[][] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading': {
        const line = phrasing(block.content, 'cell');
        return line.length > 0 ? [line] : [];
      }
      case 'codeBlock': {
        const text = (block.content ?? []).map((child) => child.text ?? '').join('');
        return text.trim() ? [[{ type: 'inlineCode', value: text.replace(/\s*\n\s*/g, ' ') }]] : [];
      }
      case 'horizontalRule':
        return [];
      default:
        return cellLines(block.content);
    }
  });
}

function cellPhrasing(cell: JSONNode | undefined): PhrasingContent[] {
  const lines = cellLines(cell?.content);
  return lines.flatMap((line, index) => (index === 0 ? line : [jsxText('br', []), jsxText('br', []), ...line]));
}

function alignOf(cell: JSONNode | undefined): AlignType {
  const align = cell?.attrs?.align;
  return align === 'left' || align === 'center' || align === 'right' ? align : null;
}

function table(node: JSONNode): Block {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
  const width = Math.max(1, ...rows.map((row) => row.content?.length ?? 0));
  const columns = Array.from({ length: width }, (_, index) => index);
  const first = rows[0]?.content ?? [];
  return {
    type: 'table',
    align: columns.map((column) => alignOf(first[column])),
    children: rows.map((row) => ({
      type: 'tableRow',
      children: columns.map((column) => ({ type: 'tableCell', children: cellPhrasing(row.content?.[column]) })),
    })),
  };
}

// A nested list may follow its item's text on the next line only when it can interrupt a
// paragraph: a bullet list or a list starting at 1, whose first item has text.
function joinsTightly(list: RootContent | undefined): boolean {
  if (list?.type !== 'list') return false;
  if (list.ordered && list.start !== 1) return false;
  const first = list.children[0]?.children[0];
  return first?.type === 'paragraph';
}

// A paragraph that is only a line break is written `<br />`, which plain Markdown reads as an HTML
// block running on to the next blank line.
function isLoneBreak(block: Block): boolean {
  return block.type === 'paragraph' && block.children.length === 1 && block.children[0].type === 'mdxJsxTextElement';
}

function listItem(node: JSONNode): ListItem {
  const children = blocks(node.type === 'listItem' ? node.content : [node]);
  const tight =
    children.length <= 1 ||
    (children.length === 2 &&
      children[0].type === 'paragraph' &&
      !isLoneBreak(children[0]) &&
      joinsTightly(children[1]));
  return { type: 'listItem', spread: !tight, children: children as ListItem['children'] };
}

function list(node: JSONNode): List {
  const ordered = node.type === 'orderedList';
  const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
  return {
    type: 'list',
    ordered,
    start: ordered ? start : null,
    spread: false,
    children: (node.content ?? []).map(listItem),
  };
}

function component(name: string, attributes: [string, string][], content: JSONNode[] | undefined): JsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: attributes.map(([attributeName, value]) => ({ type: 'mdxJsxAttribute', name: attributeName, value })),
    children: blocks(content) as JsxFlowElement['children'],
  };
}

function block(node: JSONNode): Block[] {
  switch (node.type) {
    case 'paragraph': {
      const children = phrasing(node.content, 'paragraph');
      return children.length > 0 ? [{ type: 'paragraph', children }] : [];
    }
    case 'heading': {
      const level = typeof node.attrs?.level === 'number' ? Math.min(6, Math.max(1, node.attrs.level)) : 1;
      return [{ type: 'heading', depth: level as 1 | 2 | 3 | 4 | 5 | 6, children: phrasing(node.content, 'heading') }];
    }
    case 'codeBlock':
      return [
        {
          type: 'code',
          lang: stringAttr(node, 'language'),
          meta: null,
          value: (node.content ?? []).map((child) => child.text ?? '').join(''),
        },
      ];
    case 'horizontalRule':
      return [{ type: 'thematicBreak' }];
    case 'blockquote':
      return [
        { type: 'blockquote', children: blocks(node.content) as Extract<Block, { type: 'blockquote' }>['children'] },
      ];
    case 'bulletList':
    case 'orderedList':
      return [list(node)];
    case 'listItem':
      return blocks(node.content);
    case 'table':
      return [table(node)];
    case 'callout': {
      const kind = node.attrs?.kind;
      const known: CalloutKind = CALLOUT_KINDS.find((candidate) => candidate === kind) ?? 'note';
      return [component(calloutTagName(known), [], node.content)];
    }
    case 'routine':
      return [component('Routine', routineAttributeList(routineAttrs(node)), node.content)];
    default: {
      // Not a block type of the guide schema: keep whatever inline content it has.
      const children = phrasing(node.content, 'paragraph');
      return children.length > 0 ? [{ type: 'paragraph', children }] : [];
    }
  }
}

function blocks(nodes: JSONNode[] | undefined): Block[] {
  return (nodes ?? []).flatMap(block);
}

/**
 * Writes a guide as Markdown (MDX-compatible, and read the same way as plain Markdown): front
 * matter, ATX headings, `-` bullets, `1.` numbers, fenced code, GFM tables, `<Note>` callouts and
 * `<Routine>` blocks. Text that would read as syntax is escaped.
 */
export function exportMarkdown(input: { frontMatter?: FrontMatter; doc: GuideDoc }): string {
  const children: RootContent[] = [];
  const yaml = writeFrontMatter(input.frontMatter);
  if (yaml !== null) children.push({ type: 'yaml', value: yaml });
  children.push(...blocks(input.doc.content));
  const root: Root = { type: 'root', children };
  return processor.stringify(root);
}
