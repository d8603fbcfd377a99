import { Extension } from '@tiptap/core';
import { generateHTML } from '@tiptap/html/server';
import type { CalloutKind, GuideDoc, JSONNode, Mark } from '@/lib/doc/types';
import { headingIds } from '@/lib/doc/outline';
import { guideExtensions } from '@/lib/editor/extensions';
import { isAllowedHref, isAllowedImageSrc, isExternalHref } from '@/lib/editor/url-policy';

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
function prepare(doc: GuideDoc): JSONNode {
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

/**
 * The reader page's HTML for a guide. Expects a document that passed validateDoc. Text and attribute
 * values are escaped by the DOM serializer; link and image addresses go through the URL policy again.
 *
 * @param owners ownerEmail -> the user's current display name, shown instead of the stored owner.
 */
export function renderGuideHtml(doc: GuideDoc, labels: RenderLabels, owners?: Map<string, string>): string {
  const extensions = [
    ...guideExtensions({
      labels,
      formatDate: labels.formatDate,
      ownerName: (email) => owners?.get(email) ?? owners?.get(email.toLowerCase()),
    }),
    HeadingAnchors,
  ];
  return generateHTML(prepare(doc), extensions);
}
