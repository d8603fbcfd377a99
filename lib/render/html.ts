import { Extension, getSchema, type Extensions } from '@tiptap/core';
import { Mark as PMMark, Node as PMNode, type DOMOutputSpec, type Schema } from '@tiptap/pm/model';
import type { CalloutKind, GuideDoc, JSONNode, Mark } from '@/lib/doc/types';
import { headingIds } from '@/lib/doc/outline';
import { guideExtensions } from '@/lib/editor/extensions';
import { isAllowedHref, isAllowedImageSrc, isExternalHref } from '@/lib/editor/url-policy';
import { escapeText } from './escape';
import { writeSpec, type Written } from './spec';

/**
 * Changes whenever the HTML made for the same document changes (markup, classes, escaping), so
 * HTML stored by an older renderer is not served again.
 */
export const RENDERER_VERSION = 2;

export type RenderLabels = {
  what: string;
  owner: string;
  reviewBy: string;
  calloutLabels: Record<CalloutKind, string>;
  /** A review-by date in the guide's language ("30. juni 2027"). */
  formatDate: (isoDate: string) => string;
};

// Heading anchors exist only in rendered HTML: they are derived from the text (see outline.ts), so
// storing them in the document would let them go stale.
const HeadingAnchors = Extension.create({
  name: 'headingAnchors',
  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          anchor: {
            default: null,
            parseHTML: () => null,
            renderHTML: (attributes) => (typeof attributes.anchor === 'string' ? { id: attributes.anchor } : {}),
          },
        },
      },
    ];
  },
});

function safeMarks(marks: Mark[] | undefined): Mark[] | undefined {
  if (!marks) return marks;
  const kept: Mark[] = [];
  for (const mark of marks) {
    if (mark.type !== 'link') {
      kept.push(mark);
      continue;
    }
    // The validator refuses such links on save; this keeps older or hand-made documents inert too.
    if (!isAllowedHref(mark.attrs.href)) continue;
    const external = isExternalHref(mark.attrs.href);
    kept.push({
      type: 'link',
      attrs: {
        href: mark.attrs.href,
        title: mark.attrs.title ?? null,
        target: null,
        class: null,
        rel: external ? 'noopener noreferrer' : null,
      } as { href: string; title: string | null },
    });
  }
  return kept;
}

/** A copy of the document ready for rendering: heading anchors set, unsafe links and images gone. */
export function prepareForRender(doc: GuideDoc): JSONNode {
  const ids = headingIds(doc);
  let nextHeading = 0;
  const visit = (node: JSONNode): JSONNode | null => {
    if (node.type === 'image' && !isAllowedImageSrc(node.attrs?.src)) {
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
      return alt ? { type: 'text', text: alt } : null;
    }
    const copy: JSONNode = { ...node };
    if (node.type === 'heading') copy.attrs = { ...node.attrs, anchor: ids[nextHeading++] };
    if (node.marks) copy.marks = safeMarks(node.marks);
    if (node.content) copy.content = node.content.map(visit).filter((child): child is JSONNode => child !== null);
    return copy;
  };
  return visit(doc) ?? { type: 'doc', content: [] };
}

/** The guide schema with the reader's labels and the owners' current names, plus heading anchors. */
export function renderExtensions(labels: RenderLabels, owners?: Map<string, string>): Extensions {
  return [
    ...guideExtensions({
      labels,
      formatDate: labels.formatDate,
      ownerName: (email) => owners?.get(email) ?? owners?.get(email.toLowerCase()),
    }),
    HeadingAnchors,
  ];
}

type ToDOM<T> = (value: T, inline: boolean) => DOMOutputSpec;

/**
 * Writes prepared JSON straight to HTML with the schema's own toDOM specs, as ProseMirror's
 * DOMSerializer would into a DOM, without building ProseMirror nodes or a DOM: one pass, each
 * node's attributes defaulted the way Node.fromJSON defaults them.
 */
class HtmlWriter {
  html = '';
  // Nodes without attributes (paragraphs, list items, …) always give the same HTML.
  private readonly plain = new Map<string, Written>();
  constructor(private readonly schema: Schema) {}

  private mark(json: Mark): PMMark {
    return this.schema.markFromJSON(json);
  }

  private nodeSpec(json: JSONNode): DOMOutputSpec {
    const type = this.schema.nodes[json.type];
    if (!type) throw new RangeError(`Unknown node type: ${json.type}`);
    const toDOM = type.spec.toDOM as ToDOM<PMNode> | undefined;
    if (!toDOM) throw new RangeError(`No toDOM for node type ${json.type}`);
    // Tables size their columns from their rows, so they get the whole node; every other spec reads
    // only the node's own attributes (defaulted by create, as Node.fromJSON would).
    if (json.content && type.name === 'table') return toDOM(PMNode.fromJSON(this.schema, json), false);
    return toDOM(type.create(json.attrs ?? null), false);
  }

  /** A node's children, keeping a mark open across neighbours that share it (DOMSerializer's rule). */
  children(nodes: readonly JSONNode[]): void {
    const active: { mark: PMMark; close: string }[] = [];
    for (const child of nodes) {
      const marks = PMMark.setFrom((child.marks ?? []).map((m) => this.mark(m)));
      if (active.length || marks.length) {
        let keep = 0;
        while (keep < active.length && keep < marks.length) {
          const next = marks[keep];
          if (!next.eq(active[keep].mark) || next.type.spec.spanning === false) break;
          keep++;
        }
        while (keep < active.length) this.html += active.pop()!.close;
        for (let k = keep; k < marks.length; k++) {
          const toDOM = marks[k].type.spec.toDOM as ToDOM<PMMark> | undefined;
          if (!toDOM) continue;
          const { open, close } = writeSpec(toDOM(marks[k], true));
          this.html += open;
          active.push({ mark: marks[k], close });
        }
      }
      this.node(child);
    }
    while (active.length) this.html += active.pop()!.close;
  }

  node(json: JSONNode): void {
    if (json.type === 'text') {
      if (!json.text) throw new RangeError('Empty text nodes are not allowed');
      this.html += escapeText(json.text);
      return;
    }
    const cacheable = json.attrs === undefined && json.type !== 'table';
    let written = cacheable ? this.plain.get(json.type) : undefined;
    if (!written) {
      written = writeSpec(this.nodeSpec(json));
      if (cacheable) this.plain.set(json.type, written);
    }
    const { open, close, hasHole } = written;
    this.html += open;
    if (hasHole) this.children(json.content ?? []);
    this.html += close;
  }
}

/**
 * The reader page's HTML for a guide. Expects a document that passed validateDoc. Text and attribute
 * values are escaped (escape.ts); link and image addresses go through the URL policy again. Linear
 * in the size of the document, and the same HTML tiptap's generateHTML gives.
 *
 * @param owners ownerEmail -> the user's current display name, shown instead of the stored owner.
 */
export function renderGuideHtml(doc: GuideDoc, labels: RenderLabels, owners?: Map<string, string>): string {
  const writer = new HtmlWriter(getSchema(renderExtensions(labels, owners)));
  writer.children(prepareForRender(doc).content ?? []);
  return writer.html;
}
