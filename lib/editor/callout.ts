import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { CALLOUT_KINDS, type CalloutKind } from '@/lib/doc/types';

export type CalloutLabels = Record<CalloutKind, string>;

export type CalloutOptions = {
  /** The visible label of each kind ("Note", "Merk"), in the reader's language. */
  labels: CalloutLabels;
};

// Only used when no labels are passed (e.g. the validator's schema, the editor's clipboard).
export const DEFAULT_CALLOUT_LABELS: CalloutLabels = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

export function isCalloutKind(value: unknown): value is CalloutKind {
  return typeof value === 'string' && (CALLOUT_KINDS as readonly string[]).includes(value);
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    callout: {
      /** Wrap the selected blocks in a callout, or insert an empty one where that is not possible. */
      insertCallout: (kind?: CalloutKind) => ReturnType;
      /** Change the kind of the callout around the selection. */
      setCalloutKind: (kind: CalloutKind) => ReturnType;
    };
  }
}

/**
 * A highlighted aside (note, tip, important, warning, caution), like the `<Note>` ... blocks in
 * the Markdown source. Renders as
 * `<aside class="callout callout-note" data-callout="note" role="note"><p class="callout-label">…`.
 */
export const Callout = Node.create<CalloutOptions>({
  name: 'callout',
  group: 'block',
  content: 'block+',
  defining: true,

  addOptions() {
    return { labels: DEFAULT_CALLOUT_LABELS };
  },

  addAttributes() {
    return {
      kind: {
        default: 'note',
        rendered: false,
        parseHTML: (element) => {
          const kind = element.getAttribute('data-callout');
          return isCalloutKind(kind) ? kind : 'note';
        },
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'aside[data-callout]',
        // The label paragraph is decoration; only the body is content.
        contentElement: (element) => element.querySelector(':scope > .callout-body') ?? element,
      },
    ];
  },

  renderHTML({ node }): DOMOutputSpec {
    const kind: CalloutKind = isCalloutKind(node.attrs.kind) ? node.attrs.kind : 'note';
    return [
      'aside',
      { class: `callout callout-${kind}`, 'data-callout': kind, role: 'note' },
      ['p', { class: 'callout-label' }, this.options.labels[kind]],
      ['div', { class: 'callout-body' }, 0],
    ];
  },

  addCommands() {
    return {
      insertCallout:
        (kind = 'note') =>
        ({ commands }) =>
          commands.wrapIn(this.name, { kind }) ||
          commands.insertContent({ type: this.name, attrs: { kind }, content: [{ type: 'paragraph' }] }),
      setCalloutKind:
        (kind) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, { kind }),
    };
  },
});
