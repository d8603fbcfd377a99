import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import { Callout, DEFAULT_CALLOUT_LABELS, type CalloutLabels } from '@/lib/editor/callout';
import { Routine, DEFAULT_ROUTINE_LABELS, type RoutineLabels } from '@/lib/editor/routine';
import { isAllowedHref, isAllowedImageSrc } from '@/lib/editor/url-policy';

export type GuideLabels = RoutineLabels & { calloutLabels: CalloutLabels };

export type GuideExtensionOptions = {
  /** Visible labels in routine headers and callouts, in the reader's language. */
  labels?: GuideLabels;
  /** Current display name of an app user by e-mail, for routine owners. */
  ownerName?: (email: string) => string | undefined;
  /** Title of a routine inserted from the editor. */
  newRoutineTitle?: string;
  /** A review-by date in words (lib/dates.ts); without it the ISO date is shown. */
  formatDate?: (isoDate: string) => string;
};

export const HEADING_LEVELS = [1, 2, 3, 4] as const;

// Pasted or dropped images with a data:, blob: or other source are left out rather than kept in a
// document the server would refuse to save.
const SafeImage = Image.extend({
  parseHTML() {
    return [
      { tag: 'img[src]', getAttrs: (element) => (isAllowedImageSrc(element.getAttribute('src')) ? null : false) },
    ];
  },
});

// A link keeps only its address and title. Target, rel and class pasted from a web page are not
// read (the validator would refuse to save them), and none is shown from a document: the server
// renderer alone sets rel on links that leave the app.
const notRead = { default: null, parseHTML: () => null };
const GuideLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      target: { ...notRead, renderHTML: () => ({}) },
      class: { ...notRead, renderHTML: () => ({}) },
      rel: notRead,
    };
  },
});

// StarterKit with GuideLink in the place of its Link: the order of extensions is the order of marks
// in the schema, which stored documents' marks must follow.
const GuideStarterKit = StarterKit.extend({
  addExtensions() {
    return (this.parent?.() ?? []).map((extension) =>
      extension.name === 'link' ? GuideLink.configure(this.options.link || {}) : extension,
    );
  },
});

/**
 * The guide schema: one list for the editor, the server renderer and the validator. Nothing here
 * touches the DOM at import time; React node views are added by the client editor only.
 */
export function guideExtensions(options: GuideExtensionOptions = {}): Extensions {
  const labels = options.labels;
  return [
    GuideStarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // The one link policy (url-policy.ts): http, https, mailto, tel or relative.
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    TableKit.configure({ table: { resizable: false, renderWrapper: true } }),
    SafeImage.configure({ inline: true, allowBase64: false }),
    Callout.configure({ labels: labels?.calloutLabels ?? DEFAULT_CALLOUT_LABELS }),
    Routine.configure({
      labels: labels ? { what: labels.what, owner: labels.owner, reviewBy: labels.reviewBy } : DEFAULT_ROUTINE_LABELS,
      ownerName: options.ownerName ?? (() => undefined),
      newRoutineTitle: options.newRoutineTitle ?? '',
      formatDate: options.formatDate ?? ((d: string) => d),
    }),
  ];
}
