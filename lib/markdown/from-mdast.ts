import type {
  Blockquote,
  Definition,
  Html,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast';
import type { CalloutKind, JSONNode, Mark } from '@/lib/doc/types';
import { importMessage, type ImportMessage, type ImportMessageKey } from '@/lib/markdown/errors';
import { parseMarkdown, parseMdx, type ParseMode } from '@/lib/markdown/parse';
import { dedent, htmlAttribute, RAW_HTML, singleTag, withoutComments, type TagInfo } from '@/lib/markdown/html-tags';
import {
  elementBlocks,
  elementInline,
  holdsBlockElement,
  isTranslated,
  markForTag,
  phrasingBlocks,
  type ElementContext,
  type JsxElement,
} from '@/lib/markdown/elements';
import type { Address } from '@/lib/markdown/addresses';
import {
  calloutKindForAlert,
  calloutTagName,
  componentForTag,
  readRoutineAttributes,
  type Component,
  type TagAttribute,
} from '@/lib/markdown/components';

type JsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;

/** A routine whose id is settled once the whole file is read (ids must be unique per guide). */
export type PendingRoutine = { node: JSONNode; writtenId: string | null; line: number | null };

export type ConvertState = {
  /** Link definitions by normalized identifier; the first definition of a label wins. */
  definitions: Map<string, Definition>;
  /** The definitions as Markdown, put in front of HTML-block fragments that are read again. */
  definitionSource: string;
  warnings: ImportMessage[];
  routines: PendingRoutine[];
  /** Every link and image address as written, with its line, checked once the file is read. */
  addresses: Address[];
  /** Tags whose markup was left out: where each first appears and how often. */
  unwrapped: Map<string, { line: number | null; count: number }>;
};

/**
 * An opening or closing component tag found in plain-Markdown HTML (`<Note>` on its own line).
 * Markers are paired within one container after its children are read.
 */
type Marker = {
  marker: 'open' | 'close' | 'self';
  component: Component;
  name: string;
  tagText: string;
  attributes: TagAttribute[];
  line: number | null;
};
type Token = JSONNode | Marker;

function isMarker(token: Token): token is Marker {
  return 'marker' in token;
}

const CODE_LANGUAGE = /^[A-Za-z0-9_+#.-]{1,40}$/;
function textNode(text: string, marks: Mark[]): JSONNode {
  return marks.length > 0 ? { type: 'text', text, marks: [...marks] } : { type: 'text', text };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

function jsxAttributes(element: JsxElement): TagAttribute[] {
  return element.attributes.map((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return { name: `{${attribute.value}}`, value: null, isExpression: true };
    }
    const value = attribute.value;
    if (value === null || value === undefined) return { name: attribute.name, value: null, isExpression: false };
    if (typeof value === 'string') return { name: attribute.name, value, isExpression: false };
    return { name: attribute.name, value: value.value, isExpression: true };
  });
}

/** Lines of text kept as one paragraph, the lines separated by hard breaks. */
function textParagraph(text: string): JSONNode[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return [];
  const content: JSONNode[] = [];
  lines.forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    content.push({ type: 'text', text: line });
  });
  return [{ type: 'paragraph', content }];
}

/**
 * Converts one parsed Markdown source (the file, or an HTML-block fragment read again) into guide
 * nodes. Positions in the tree are offsets into `source`; `lineOffset` turns its lines into lines
 * of the file for warnings.
 */
export class MdastConverter {
  constructor(
    private readonly state: ConvertState,
    private readonly source: string,
    private readonly lineOffset: number,
    private readonly mode: ParseMode,
  ) {}

  private readonly elements: ElementContext = {
    flow: (children) => this.flow(children),
    inline: (children, marks) => this.inline(children, marks),
    line: (node) => this.line(node),
    address: (kind, url, line) => this.state.addresses.push({ kind, url, line }),
    unwrapped: (tag, line) => {
      const seen = this.state.unwrapped.get(tag);
      if (seen) seen.count++;
      else this.state.unwrapped.set(tag, { line, count: 1 });
    },
  };

  /** Block content of a container: children converted, component tags paired. */
  flow(children: RootContent[]): JSONNode[] {
    return this.pair(children.flatMap((child) => this.flowTokens(child)));
  }

  private line(node: Nodes | undefined): number | null {
    const line = node?.position?.start.line;
    return line === undefined ? null : line + this.lineOffset;
  }

  private warn(line: number | null, key: ImportMessageKey, values: Record<string, string> = {}): void {
    this.state.warnings.push(importMessage(line, key, values));
  }

  private sourceOf(node: Nodes): string | null {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? null : this.source.slice(start, end);
  }

  private flowTokens(node: RootContent): Token[] {
    switch (node.type) {
      case 'yaml':
      case 'definition':
        return [];
      case 'paragraph':
        return this.paragraphTokens(node);
      case 'heading':
        return [
          {
            type: 'heading',
            attrs: { level: Math.min(node.depth, 4) },
            content: this.inline(node.children, []),
          },
        ];
      case 'thematicBreak':
        return [{ type: 'horizontalRule' }];
      case 'blockquote':
        return [this.blockquote(node)];
      case 'list':
        return [this.list(node)];
      case 'code': {
        let language: string | null = node.lang ?? null;
        if (language !== null && !CODE_LANGUAGE.test(language)) {
          // `crmscript!` -> `crmscript`: the name without the characters a language name cannot have.
          const cleaned = language.replace(/[^A-Za-z0-9_+#.-]/g, '').slice(0, 40);
          this.warn(
            this.line(node),
            cleaned ? 'import.codeLanguageChanged' : 'import.codeLanguageDropped',
            cleaned ? { language: shorten(language), cleaned } : { language: shorten(language) },
          );
          language = cleaned || null;
        }
        if (node.meta) this.warn(this.line(node), 'import.codeOptionsDropped', { options: shorten(node.meta) });
        return [
          node.value
            ? { type: 'codeBlock', attrs: { language }, content: [{ type: 'text', text: node.value }] }
            : { type: 'codeBlock', attrs: { language } },
        ];
      }
      case 'table':
        return [this.table(node)];
      case 'html':
        return this.htmlBlockTokens(node);
      case 'mdxJsxFlowElement':
        return this.jsxFlowTokens(node);
      case 'mdxFlowExpression':
        this.warn(this.line(node), 'import.mdxExpression', { expression: `{${shorten(node.value)}}` });
        return textParagraph(`{${node.value}}`);
      case 'mdxjsEsm':
        this.warn(this.line(node), 'import.mdxEsm', { code: shorten(node.value) });
        return textParagraph(node.value);
      case 'footnoteDefinition':
        this.warn(this.line(node), 'import.footnote', { label: `[^${node.label ?? node.identifier}]` });
        return [
          ...textParagraph(`[^${node.label ?? node.identifier}]:`),
          ...node.children.flatMap((child) => this.flowTokens(child)),
        ];
      default: {
        const text = this.sourceOf(node) ?? '';
        this.warn(this.line(node), 'import.unsupported', { type: node.type });
        return textParagraph(text);
      }
    }
  }

  // ---- components -------------------------------------------------------------------------

  private buildComponent(
    component: Component,
    attributes: TagAttribute[],
    content: JSONNode[],
    line: number | null,
  ): JSONNode {
    if (component.type === 'callout') {
      if (attributes.length > 0) {
        const names = attributes.map((attribute) => attribute.name).join(', ');
        this.warn(line, 'import.calloutAttributes', { tag: `<${calloutTagName(component.kind)}>`, names });
      }
      return { type: 'callout', attrs: { kind: component.kind }, content };
    }
    const read = readRoutineAttributes(attributes);
    for (const problem of read.problems) this.warn(line, problem.key, problem.values);
    const node: JSONNode = { type: 'routine', attrs: { id: '', ...read.attrs }, content };
    this.state.routines.push({ node, writtenId: read.id, line });
    return node;
  }

  private jsxFlowTokens(element: JsxFlowElement): Token[] {
    const line = this.line(element);
    const component = componentForTag(element.name);
    if (component) return [this.buildComponent(component, jsxAttributes(element), this.flow(element.children), line)];
    return elementBlocks(element, this.elements);
  }

  /**
   * A component tag standing alone (`<Note>`, `</Note>`, `<Note />`, `<Routine id="a" ...>`) in
   * plain Markdown as a marker, or null for any other text.
   */
  private componentTag(text: string, line: number | null): Marker | null {
    const tag = singleTag(text);
    const component = tag ? componentForTag(tag.name) : null;
    if (!tag || !component) return null;
    if (tag.closing) return { marker: 'close', component, name: tag.name, tagText: text, attributes: [], line };
    let attributes: TagAttribute[] = [];
    if (tag.hasAttributes) {
      const parsed = this.tagAttributes(text, tag.name);
      if (!parsed) return null;
      attributes = parsed;
    }
    return { marker: tag.selfClosing ? 'self' : 'open', component, name: tag.name, tagText: text, attributes, line };
  }

  // The attributes are read by the MDX parser, so quoting and character references follow the
  // same rules as in .mdx files.
  private tagAttributes(tagText: string, name: string): TagAttribute[] | null {
    const source = tagText.endsWith('/>') ? tagText : `${tagText}</${name}>`;
    try {
      const first = parseMdx(source).children[0];
      if (first?.type === 'mdxJsxFlowElement') return jsxAttributes(first);
      if (first?.type === 'paragraph' && first.children[0]?.type === 'mdxJsxTextElement')
        return jsxAttributes(first.children[0]);
    } catch {
      // Not readable as a tag; the caller keeps it as text.
    }
    return null;
  }

  /** Pairs open and close markers; unmatched tags are kept as text with a warning. */
  private pair(tokens: Token[]): JSONNode[] {
    type Frame = { open: Marker; content: JSONNode[] };
    const root: JSONNode[] = [];
    const stack: Frame[] = [];
    const target = () => (stack.length > 0 ? stack[stack.length - 1].content : root);
    const abandon = (frame: Frame) => {
      this.warn(frame.open.line, 'import.unclosedTag', {
        tag: shorten(frame.open.tagText),
        closing: `</${frame.open.name}>`,
      });
      target().push(...textParagraph(frame.open.tagText), ...frame.content);
    };

    for (const token of tokens) {
      if (!isMarker(token)) {
        target().push(token);
      } else if (token.marker === 'self') {
        target().push(this.buildComponent(token.component, token.attributes, [], token.line));
      } else if (token.marker === 'open') {
        stack.push({ open: token, content: [] });
      } else {
        let index = stack.length - 1;
        while (index >= 0 && stack[index].open.name.toLowerCase() !== token.name.toLowerCase()) index--;
        if (index < 0) {
          this.warn(token.line, 'import.unopenedTag', { tag: token.tagText });
          target().push(...textParagraph(token.tagText));
          continue;
        }
        while (stack.length - 1 > index) {
          const frame = stack.pop();
          if (frame) abandon(frame);
        }
        const frame = stack.pop();
        if (frame)
          target().push(
            this.buildComponent(frame.open.component, frame.open.attributes, frame.content, frame.open.line),
          );
      }
    }
    while (stack.length > 0) {
      const frame = stack.pop();
      if (frame) abandon(frame);
    }
    return root;
  }

  // ---- plain-Markdown HTML -------------------------------------------------------------------

  /**
   * An HTML block. Lines that are component tags become markers; Markdown written between
   * component tags without blank lines (`<Note>\ntext\n</Note>` is one HTML block in CommonMark)
   * is read again as Markdown; other HTML keeps its text and links (htmlTokens), comments are dropped.
   */
  private htmlBlockTokens(node: Html): Token[] {
    const firstLine = this.line(node);
    const value = withoutComments(node.value);
    if (value.trim() === '') return [];
    const lone = singleTag(value.trim());
    // `<br />` alone on its line is an empty line of text, as in MDX.
    if (lone && lone.name.toLowerCase() === 'br' && !lone.closing)
      return [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }];
    // <pre>, <script> and the like are raw to their end: a `<Note>` line inside is not a tag.
    if (RAW_HTML.test(value)) return this.htmlTokens(value, firstLine);
    const lines = value.split('\n');
    const tokens: Token[] = [];
    let run: string[] = [];
    let runStart = 0;
    let afterTag = false;

    const flush = () => {
      const text = run.join('\n');
      if (text.trim() !== '') {
        const line = firstLine === null ? null : firstLine + runStart;
        tokens.push(...(afterTag ? this.fragmentTokens(dedent(text), line) : this.htmlTokens(text, line)));
      }
      run = [];
    };

    lines.forEach((text, index) => {
      const tag = this.componentTag(text.trim(), firstLine === null ? null : firstLine + index);
      if (tag) {
        flush();
        tokens.push(tag);
        afterTag = true;
      } else {
        if (run.length === 0) runStart = index;
        run.push(text);
      }
    });
    flush();
    return tokens;
  }

  /**
   * HTML from a plain-Markdown file, read the way MDX reads elements (lib/markdown/elements.ts)
   * when it is well-formed; otherwise its tags are taken out and the text and `<a href>` links
   * kept, with one warning for the block.
   */
  private htmlTokens(html: string, line: number | null): Token[] {
    const text = dedent(html);
    const lone = singleTag(text.trim());
    if (lone) return this.loneTag(lone, text.trim(), line);
    if (!/^\s*<(?:script|style)[\s>]/i.test(text)) {
      try {
        const tree = parseMdx(text);
        const converter = new MdastConverter(this.state, text, (line ?? 1) - 1, 'mdx');
        return tree.children.flatMap((child) => converter.flowTokens(child));
      } catch {
        // Not well-formed (an unclosed tag, a stray `{`): read below without the tags.
      }
    }
    this.warn(line, 'import.html', { html: shorten(text) });
    return this.fragmentTokens(withoutTags(text), line);
  }

  /** Markdown text from inside an HTML block, read as Markdown with the file's link definitions. */
  private fragmentTokens(text: string, line: number | null): Token[] {
    const prefix = this.state.definitionSource && text.includes('[') ? `${this.state.definitionSource}\n\n` : '';
    const source = prefix + text;
    const prefixLines = prefix.split('\n').length - 1;
    const converter = new MdastConverter(this.state, source, (line ?? 1) - 1 - prefixLines, 'markdown');
    return parseMarkdown(source).children.flatMap((child) => converter.flowTokens(child));
  }

  // ---- blocks ----------------------------------------------------------------------------------

  private paragraphTokens(node: Paragraph): Token[] {
    const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const only = meaningful.length === 1 ? meaningful[0] : undefined;
    // `<Note>Text</Note>` on one line is an inline element in MDX; alone in its paragraph it is the
    // same callout as the block form.
    if (only?.type === 'mdxJsxTextElement') {
      const component = componentForTag(only.name);
      if (component) {
        const content: JSONNode[] = [{ type: 'paragraph', content: this.inline(only.children, []) }];
        return [this.buildComponent(component, jsxAttributes(only), content, this.line(node))];
      }
    }

    // `<li><a href="…">…</a></li>` or `<p>…</p>` on a line of its own is text in MDX's tree.
    if (this.mode === 'mdx' && holdsBlockElement(node.children)) return phrasingBlocks(node.children, this.elements);

    // The same in plain Markdown, where the tags are inline HTML.
    const opening = meaningful[0];
    const closing = meaningful[meaningful.length - 1];
    if (this.mode === 'markdown' && meaningful.length >= 2 && opening.type === 'html' && closing.type === 'html') {
      const open = this.componentTag(opening.value.trim(), this.line(node));
      const close = this.componentTag(closing.value.trim(), this.line(node));
      if (
        open?.marker === 'open' &&
        close?.marker === 'close' &&
        open.name.toLowerCase() === close.name.toLowerCase()
      ) {
        const inner = node.children.slice(node.children.indexOf(opening) + 1, node.children.indexOf(closing));
        return [
          this.buildComponent(
            open.component,
            open.attributes,
            [{ type: 'paragraph', content: this.inline(inner, []) }],
            open.line,
          ),
        ];
      }
    }

    if (this.mode === 'markdown' && node.children.some((child) => child.type === 'html')) {
      const tokens: Token[] = [];
      let segment: PhrasingContent[] = [];
      let split = false;
      const flush = () => {
        if (segment.length > 0) tokens.push({ type: 'paragraph', content: this.inline(segment, []) });
        segment = [];
      };
      node.children.forEach((child, index) => {
        const tag =
          child.type === 'html' && this.aloneOnLine(node.children, index)
            ? this.componentTag(child.value.trim(), this.line(child))
            : null;
        if (tag) {
          flush();
          tokens.push(tag);
          split = true;
        } else {
          segment.push(child);
        }
      });
      flush();
      if (split) return tokens;
    }

    return [{ type: 'paragraph', content: this.inline(node.children, []) }];
  }

  private aloneOnLine(children: PhrasingContent[], index: number): boolean {
    const before = children[index - 1];
    const after = children[index + 1];
    const startsLine = !before || before.type === 'break' || (before.type === 'text' && /\n[ \t]*$/.test(before.value));
    const endsLine = !after || (after.type === 'text' && /^[ \t]*\n/.test(after.value));
    return startsLine && endsLine;
  }

  private blockquote(node: Blockquote): JSONNode {
    const alert = this.alert(node);
    if (!alert) return { type: 'blockquote', content: this.flow(node.children) };
    const [first, ...rest] = node.children;
    const lead =
      first.type === 'paragraph' && alert.text.length > 0
        ? this.paragraphTokens({ ...first, children: alert.text })
        : [];
    return {
      type: 'callout',
      attrs: { kind: alert.kind },
      content: this.pair([...lead, ...rest.flatMap((child) => this.flowTokens(child))]),
    };
  }

  /**
   * `> [!NOTE]` on its own line (GitHub and DocFX alerts): the kind, and what follows the label in
   * the first paragraph. Only as written in the source; an escaped `\[!NOTE]` stays a quote.
   */
  private alert(node: Blockquote): { kind: CalloutKind; text: PhrasingContent[] } | null {
    const first = node.children[0];
    if (first?.type !== 'paragraph') return null;
    const [label, ...others] = first.children;
    if (label?.type !== 'text') return null;
    const match = /^\[!([A-Za-z]+)\][ \t]*(?:\n|$)/.exec(label.value);
    const offset = label.position?.start.offset;
    if (!match || offset === undefined || !this.source.startsWith('[!', offset)) return null;
    const kind = calloutKindForAlert(match[1]);
    if (!kind) return null;
    const remaining = label.value.slice(match[0].length);
    return { kind, text: remaining ? [{ ...label, value: remaining }, ...others] : others };
  }

  private list(node: List): JSONNode {
    const content = node.children.map((item) => this.listItem(item));
    return node.ordered
      ? { type: 'orderedList', attrs: { start: node.start ?? 1 }, content }
      : { type: 'bulletList', content };
  }

  private listItem(item: ListItem): JSONNode {
    const content = this.flow(item.children);
    if (typeof item.checked === 'boolean') {
      this.warn(this.line(item), 'import.taskCheckbox');
      const box: JSONNode = { type: 'text', text: item.checked ? '[x] ' : '[ ] ' };
      const first = content[0];
      if (first?.type === 'paragraph') content[0] = { ...first, content: [box, ...(first.content ?? [])] };
      else content.unshift({ type: 'paragraph', content: [box] });
    }
    return { type: 'listItem', content };
  }

  private table(node: Table): JSONNode {
    // Rows may have fewer or more cells than the header; every row gets the widest row's cells so
    // no cell is lost and the table stays rectangular.
    const width = Math.max(1, ...node.children.map((row) => row.children.length));
    const rows = node.children.map((row, rowIndex) => {
      const cells: JSONNode[] = [];
      for (let column = 0; column < width; column++) {
        const cell = row.children[column];
        const align = node.align?.[column] ?? null;
        cells.push({
          type: rowIndex === 0 ? 'tableHeader' : 'tableCell',
          ...(align ? { attrs: { align } } : {}),
          content: [{ type: 'paragraph', content: cell ? this.inline(cell.children, []) : [] }],
        });
      }
      return { type: 'tableRow', content: cells };
    });
    return { type: 'table', content: rows };
  }

  // ---- inline ----------------------------------------------------------------------------------

  /** Whether a link was written as a link (`[text](url)`, `<url>`), not a bare URL in the text. */
  private isWrittenLink(node: Nodes): boolean {
    const offset = node.position?.start.offset;
    if (offset === undefined) return false;
    const first = this.source[offset];
    return first === '[' || first === '<';
  }

  private link(url: string, title: string | null | undefined): Mark {
    return { type: 'link', attrs: { href: url, title: title ?? null } };
  }

  private image(
    url: string,
    alt: string | null | undefined,
    title: string | null | undefined,
    marks: Mark[],
  ): JSONNode {
    const node: JSONNode = { type: 'image', attrs: { src: url, alt: alt || null, title: title || null } };
    if (marks.length > 0) node.marks = [...marks];
    return node;
  }

  private inline(children: PhrasingContent[], marks: Mark[]): JSONNode[] {
    const out: JSONNode[] = [];
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      switch (child.type) {
        case 'text':
          out.push(textNode(child.value, marks));
          break;
        case 'emphasis':
          out.push(...this.inline(child.children, [...marks, { type: 'italic' }]));
          break;
        case 'strong':
          out.push(...this.inline(child.children, [...marks, { type: 'bold' }]));
          break;
        case 'delete':
          out.push(...this.inline(child.children, [...marks, { type: 'strike' }]));
          break;
        case 'inlineCode':
          out.push(textNode(child.value, [...marks, { type: 'code' }]));
          break;
        case 'break':
          out.push({ type: 'hardBreak' });
          break;
        case 'link':
          if (!this.isWrittenLink(child)) {
            // A bare URL stays text: no address is made up (`www.x.no` would get an invented `http://`).
            out.push(...this.inline(child.children, marks));
          } else if (!child.url) {
            this.warn(this.line(child), 'import.linkNoAddress');
            out.push(...this.inline(child.children, marks));
          } else {
            this.elements.address('link', child.url, this.line(child));
            out.push(...this.inline(child.children, [...marks, this.link(child.url, child.title)]));
          }
          break;
        case 'linkReference': {
          const definition = this.state.definitions.get(child.identifier);
          if (definition?.url) {
            this.elements.address('link', definition.url, this.line(child));
            out.push(...this.inline(child.children, [...marks, this.link(definition.url, definition.title)]));
          } else {
            out.push(textNode(this.sourceOf(child) ?? '', marks));
          }
          break;
        }
        case 'image':
          if (!child.url) {
            this.warn(this.line(child), 'import.imageNoSource');
            out.push(textNode(this.sourceOf(child) ?? child.alt ?? '', marks));
          } else {
            this.elements.address('image', child.url, this.line(child));
            out.push(this.image(child.url, child.alt, child.title, marks));
          }
          break;
        case 'imageReference': {
          const definition = this.state.definitions.get(child.identifier);
          if (definition?.url) {
            this.elements.address('image', definition.url, this.line(child));
            out.push(this.image(definition.url, child.alt, definition.title, marks));
          } else out.push(textNode(this.sourceOf(child) ?? child.alt ?? '', marks));
          break;
        }
        case 'footnoteReference': {
          const label = `[^${child.label ?? child.identifier}]`;
          this.warn(this.line(child), 'import.footnoteReference', { label });
          out.push(textNode(label, marks));
          break;
        }
        case 'html':
          index = this.inlineHtml(children, index, marks, out);
          break;
        case 'mdxJsxTextElement':
          out.push(...elementInline(child, marks, this.elements));
          break;
        case 'mdxTextExpression':
          this.warn(this.line(child), 'import.mdxExpression', { expression: `{${shorten(child.value)}}` });
          out.push(textNode(`{${child.value}}`, marks));
          break;
        default: {
          // Every phrasing type is handled above; this keeps a future one as text.
          const other = child as Nodes;
          this.warn(this.line(other), 'import.unsupported', { type: other.type });
          out.push(textNode(this.sourceOf(other) ?? '', marks));
        }
      }
    }
    return out;
  }

  /**
   * One HTML tag on its own (`<div>`, `</div>`, `<img src="a.png">`): HTML leaves these open where
   * MDX would not, so they are read here. Only an image or a rule is something a reader sees.
   */
  private loneTag(tag: TagInfo, text: string, line: number | null): Token[] {
    const name = tag.name.toLowerCase();
    if (tag.closing) return [];
    if (name === 'hr') return [{ type: 'horizontalRule' }];
    if (name === 'img') {
      const src = htmlAttribute(text, 'src');
      if (!src) return [];
      this.elements.address('image', src, line);
      return [
        { type: 'paragraph', content: [this.image(src, htmlAttribute(text, 'alt'), htmlAttribute(text, 'title'), [])] },
      ];
    }
    if (!isTranslated(tag.name)) this.elements.unwrapped(tag.name, line);
    return [];
  }

  /**
   * Inline HTML in plain Markdown, one tag per node: `<br>`, a comment (dropped), an element with a
   * mark (`<a href>`, `<b>`, `<u>` …) over the nodes up to its closing tag, `<img>`; any other tag
   * is left out and the text around it kept. Returns the last index used.
   */
  private inlineHtml(children: PhrasingContent[], index: number, marks: Mark[], out: JSONNode[]): number {
    const child = children[index];
    if (child.type !== 'html') return index;
    const raw = withoutComments(child.value).trim();
    if (raw === '') return index;
    const tag = singleTag(raw);
    if (!tag) {
      this.warn(this.line(child), 'import.html', { html: shorten(raw) });
      out.push(textNode(raw.replace(/<[^>]*>/g, '').replace(/\s+/g, ' '), marks));
      return index;
    }
    const name = tag.name.toLowerCase();
    if (tag.closing) return index;
    if (name === 'br') {
      out.push({ type: 'hardBreak' });
      return index;
    }
    if (name === 'img') {
      const src = htmlAttribute(raw, 'src');
      if (src) {
        this.elements.address('image', src, this.line(child));
        out.push(this.image(src, htmlAttribute(raw, 'alt'), htmlAttribute(raw, 'title'), marks));
      }
      return index;
    }
    if (!isTranslated(tag.name)) this.elements.unwrapped(tag.name, this.line(child));
    const mark = tag.selfClosing ? null : markForTag(name, (attribute) => htmlAttribute(raw, attribute));
    if (!mark) return index;
    const closing = new RegExp(`^</${name}\\s*>$`, 'i');
    const end = children.findIndex(
      (other, at) => at > index && other.type === 'html' && closing.test(other.value.trim()),
    );
    if (end === -1) return index;
    if (mark.type === 'link') this.elements.address('link', mark.attrs.href, this.line(child));
    out.push(...this.inline(children.slice(index + 1, end), [...marks, mark]));
    return end;
  }
}

/**
 * HTML as Markdown text without its tags: `<a href="x">y</a>` becomes `[y](<x>)`, `<br>` a line
 * break, every other tag is taken out and a `<` left over is escaped, so it is never read as HTML again.
 */
function withoutTags(html: string): string {
  const links: string[] = [];
  const strip = (text: string) =>
    text
      .replace(/<br\s*\/?>/gi, '\\\n')
      .replace(/<[A-Za-z/!?][^>]*>/g, '')
      .replace(/</g, '\\<');
  const withLinks = html.replace(/<a\s[^>]*>([\s\S]*?)<\/a\s*>/gi, (anchor, inner: string) => {
    const href = htmlAttribute(anchor.slice(0, anchor.indexOf('>') + 1), 'href');
    if (!href) return inner;
    links.push(`[${strip(inner).replace(/[[\]]/g, '\\$&')}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`);
    return `\u0000${links.length - 1}\u0000`;
  });
  return strip(withLinks).replace(/\u0000(\d+)\u0000/g, (_, n: string) => links[Number(n)]);
}
