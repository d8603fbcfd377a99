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
import { dedent, RAW_HTML, singleTag } from '@/lib/markdown/html-tags';
import {
  calloutKindForAlert,
  calloutTagName,
  componentForTag,
  readRoutineAttributes,
  type Component,
  type TagAttribute,
} from '@/lib/markdown/components';

type JsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;
type JsxTextElement = Extract<PhrasingContent, { type: 'mdxJsxTextElement' }>;
type JsxElement = JsxFlowElement | JsxTextElement;

/** A routine whose id is settled once the whole file is read (ids must be unique per guide). */
export type PendingRoutine = { node: JSONNode; writtenId: string | null; line: number | null };

export type ConvertState = {
  /** Link definitions by normalized identifier; the first definition of a label wins. */
  definitions: Map<string, Definition>;
  /** The definitions as Markdown, put in front of HTML-block fragments that are read again. */
  definitionSource: string;
  warnings: ImportMessage[];
  routines: PendingRoutine[];
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

  /** The opening tag of an element exactly as written (from the source), whitespace tidied. */
  private openTagText(element: JsxElement): string {
    const start = element.position?.start.offset;
    if (start !== undefined) {
      let from = start + 1 + (element.name?.length ?? 0);
      for (const attribute of element.attributes) {
        const end = attribute.position?.end.offset;
        if (end !== undefined) from = Math.max(from, end);
      }
      const close = this.source.indexOf('>', from);
      if (close !== -1) return this.source.slice(start, close + 1).replace(/\s+/g, ' ');
    }
    return `<${element.name ?? ''}>`;
  }

  private jsxFlowTokens(element: JsxFlowElement): Token[] {
    const line = this.line(element);
    const component = componentForTag(element.name);
    if (component) return [this.buildComponent(component, jsxAttributes(element), this.flow(element.children), line)];
    if (element.name?.toLowerCase() === 'br' && element.children.length === 0) {
      return [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }];
    }
    const open = this.openTagText(element);
    this.warn(line, 'import.unknownComponent', { tag: shorten(open) });
    if (element.children.length === 0) return textParagraph(this.sourceOf(element) ?? open);
    return [
      ...textParagraph(open),
      ...element.children.flatMap((child) => this.flowTokens(child)),
      ...textParagraph(`</${element.name ?? ''}>`),
    ];
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
   * is read again as Markdown; other HTML is kept as text.
   */
  private htmlBlockTokens(node: Html): Token[] {
    const firstLine = this.line(node);
    const lone = singleTag(node.value.trim());
    // `<br />` alone on its line is an empty line of text, as in MDX.
    if (lone && lone.name.toLowerCase() === 'br' && !lone.closing)
      return [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }];
    // Comments, <pre>, <script> and the like are raw to their end: a `<Note>` line inside is not a tag.
    if (RAW_HTML.test(node.value)) {
      this.warn(firstLine, 'import.html', { html: shorten(node.value) });
      return textParagraph(node.value);
    }
    const lines = node.value.split('\n');
    const tokens: Token[] = [];
    let run: string[] = [];
    let runStart = 0;
    let afterTag = false;

    const flush = () => {
      const text = run.join('\n');
      if (text.trim() !== '') {
        const line = firstLine === null ? null : firstLine + runStart;
        if (afterTag) {
          tokens.push(...this.fragmentTokens(dedent(text), line));
        } else {
          this.warn(line, 'import.html', { html: shorten(text) });
          tokens.push(...textParagraph(text));
        }
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
            out.push(...this.inline(child.children, [...marks, this.link(child.url, child.title)]));
          }
          break;
        case 'linkReference': {
          const definition = this.state.definitions.get(child.identifier);
          if (definition?.url) {
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
            out.push(this.image(child.url, child.alt, child.title, marks));
          }
          break;
        case 'imageReference': {
          const definition = this.state.definitions.get(child.identifier);
          if (definition?.url) out.push(this.image(definition.url, child.alt, definition.title, marks));
          else out.push(textNode(this.sourceOf(child) ?? child.alt ?? '', marks));
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
          out.push(...this.jsxText(child, marks));
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

  private jsxText(element: JsxTextElement, marks: Mark[]): JSONNode[] {
    const name = element.name?.toLowerCase();
    if (name === 'br' && element.children.length === 0) return [{ type: 'hardBreak' }];
    if (name === 'u' && element.attributes.length === 0)
      return this.inline(element.children, [...marks, { type: 'underline' }]);
    const open = this.openTagText(element);
    this.warn(this.line(element), 'import.inlineTag', { tag: shorten(open) });
    if (element.children.length === 0) return [textNode((this.sourceOf(element) ?? open).replace(/\s+/g, ' '), marks)];
    return [
      textNode(open, marks),
      ...this.inline(element.children, marks),
      textNode(`</${element.name ?? ''}>`, marks),
    ];
  }

  /** Inline HTML in plain Markdown: `<br>`, `<u>…</u>`, or text. Returns the last index used. */
  private inlineHtml(children: PhrasingContent[], index: number, marks: Mark[], out: JSONNode[]): number {
    const child = children[index];
    if (child.type !== 'html') return index;
    const tag = singleTag(child.value.trim());
    const name = tag?.name.toLowerCase();
    if (tag && name === 'br' && !tag.closing) {
      out.push({ type: 'hardBreak' });
      return index;
    }
    if (tag && name === 'u' && !tag.closing && !tag.selfClosing && !tag.hasAttributes) {
      const end = children.findIndex(
        (other, at) => at > index && other.type === 'html' && /^<\/u\s*>$/i.test(other.value.trim()),
      );
      if (end !== -1) {
        out.push(...this.inline(children.slice(index + 1, end), [...marks, { type: 'underline' }]));
        return end;
      }
    }
    this.warn(this.line(child), 'import.html', { html: shorten(child.value) });
    out.push(textNode(child.value.replace(/\s+/g, ' '), marks));
    return index;
  }
}
