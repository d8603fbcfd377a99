import { Node } from '@tiptap/core';
import type { DOMOutputSpec, Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { RoutineAttrs } from '@/lib/doc/types';
import { isRoutineId, newRoutineId } from '@/lib/doc/routines';

export type RoutineLabels = { what: string; owner: string; reviewBy: string };

export type RoutineOptions = {
  /** Labels of the header lines, in the reader's language, rendered verbatim ("What", "Hva"). */
  labels: RoutineLabels;
  /** The current display name of an app user, so a renamed owner shows under the new name. */
  ownerName: (email: string) => string | undefined;
  /** Title given to a routine inserted with the toolbar button or Mod-Alt-r. */
  newRoutineTitle: string;
  /** The review-by date (ISO "2027-06-30") as the guide's language writes it. */
  formatDate: (isoDate: string) => string;
};

export type RoutineStorage = {
  /**
   * Ids of routines created in this editing session. Their id may still follow the title; ids that
   * came with the document are anchors others link to and never change.
   */
  freshIds: Set<string>;
  /** The routine whose title field should take focus when its form appears. */
  focusTitleOf: string | null;
  /**
   * True once for the routine whose title should take focus, which its form asks when it appears.
   * A method, so the form asks the editor's storage instead of writing into it.
   */
  takeTitleFocus(this: RoutineStorage, id: string): boolean;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    routine: {
      /** Insert a routine (with an empty numbered list) at the selection; the id comes from the title. */
      insertRoutine: (attrs?: Partial<Omit<RoutineAttrs, 'id'>>) => ReturnType;
    };
  }
  interface Storage {
    routine: RoutineStorage;
  }
}

export const DEFAULT_ROUTINE_LABELS: RoutineLabels = { what: 'What', owner: 'Owner', reviewBy: 'Review by' };

export function routineIdsIn(doc: PMNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'routine' && typeof node.attrs.id === 'string') ids.push(node.attrs.id);
  });
  return ids;
}

function stringAttr(dataName: string) {
  return {
    default: '',
    rendered: false,
    parseHTML: (element: HTMLElement) => element.getAttribute(dataName) ?? '',
  };
}

function nullableAttr(dataName: string) {
  return {
    default: null,
    rendered: false,
    parseHTML: (element: HTMLElement) => element.getAttribute(dataName) || null,
  };
}

const uniqueIdsKey = new PluginKey('routineUniqueIds');

/**
 * A routine: what is registered in the CRM, who owns it, when to review it, and (as content) how.
 * Renders as
 * `<section class="routine" id="routine-{id}" data-routine-id="{id}" ...><header>…</header><div class="routine-body">…`.
 */
export const Routine = Node.create<RoutineOptions, RoutineStorage>({
  name: 'routine',
  group: 'block',
  content: 'block+',
  isolating: true,
  defining: true,

  addOptions() {
    return { labels: DEFAULT_ROUTINE_LABELS, ownerName: () => undefined, newRoutineTitle: '', formatDate: (d) => d };
  },

  addStorage() {
    return {
      freshIds: new Set<string>(),
      focusTitleOf: null,
      // `this`, not a closure: tiptap copies the object returned here into each editor's storage.
      takeTitleFocus(this: RoutineStorage, id: string) {
        if (this.focusTitleOf !== id) return false;
        this.focusTitleOf = null;
        return true;
      },
    };
  },

  addAttributes() {
    return {
      id: stringAttr('data-routine-id'),
      title: stringAttr('data-title'),
      what: stringAttr('data-what'),
      owner: stringAttr('data-owner'),
      ownerEmail: nullableAttr('data-owner-email'),
      reviewBy: nullableAttr('data-review-by'),
    };
  },

  parseHTML() {
    return [
      {
        tag: 'section[data-routine-id]',
        // The header repeats the attributes for readers; only the body is content.
        contentElement: (element) => element.querySelector(':scope > .routine-body') ?? element,
      },
    ];
  },

  renderHTML({ node }): DOMOutputSpec {
    const attrs = node.attrs as RoutineAttrs;
    const { labels } = this.options;
    const ownerShown = (attrs.ownerEmail && this.options.ownerName(attrs.ownerEmail)) || attrs.owner;
    const meta: DOMOutputSpec[] = [];
    if (attrs.what) meta.push(['div', { class: 'routine-what' }, ['dt', labels.what], ['dd', attrs.what]]);
    if (ownerShown) meta.push(['div', { class: 'routine-owner' }, ['dt', labels.owner], ['dd', ownerShown]]);
    if (attrs.reviewBy) {
      meta.push([
        'div',
        { class: 'routine-review-by' },
        ['dt', labels.reviewBy],
        ['dd', ['time', { datetime: attrs.reviewBy }, this.options.formatDate(attrs.reviewBy)]],
      ]);
    }
    const header: DOMOutputSpec = [
      'header',
      { class: 'routine-header' },
      ['p', { class: 'routine-title' }, attrs.title],
      ...(meta.length > 0 ? [['dl', { class: 'routine-meta' }, ...meta]] : []),
    ];
    return [
      'section',
      {
        class: 'routine',
        id: `routine-${attrs.id}`,
        'data-routine-id': attrs.id,
        'data-title': attrs.title,
        'data-what': attrs.what,
        'data-owner': attrs.owner,
        ...(attrs.ownerEmail ? { 'data-owner-email': attrs.ownerEmail } : {}),
        ...(attrs.reviewBy ? { 'data-review-by': attrs.reviewBy } : {}),
      },
      header,
      ['div', { class: 'routine-body' }, 0],
    ];
  },

  addCommands() {
    return {
      insertRoutine:
        (attrs = {}) =>
        ({ state, commands }) => {
          const title = attrs.title ?? this.options.newRoutineTitle;
          const id = newRoutineId(title, routineIdsIn(state.doc));
          const inserted = commands.insertContent({
            type: this.name,
            attrs: { what: '', owner: '', ownerEmail: null, reviewBy: null, ...attrs, title, id },
            content: [{ type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }],
          });
          if (inserted) {
            this.storage.freshIds.add(id);
            this.storage.focusTitleOf = id;
          }
          return inserted;
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-r': () => this.editor.commands.insertRoutine() };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      // Copy and paste (or a bad import) can leave two routines with one id, which the server refuses
      // to save. The copy gets a new id; the routine that was there before keeps its anchor.
      new Plugin({
        key: uniqueIdsKey,
        appendTransaction(transactions, oldState, newState) {
          if (!transactions.some((tr) => tr.docChanged)) return null;

          const routines: { pos: number; node: PMNode }[] = [];
          newState.doc.descendants((node, pos) => {
            if (node.type.name === 'routine') routines.push({ pos, node });
          });
          const counts = new Map<string, number>();
          for (const { node } of routines) counts.set(node.attrs.id, (counts.get(node.attrs.id) ?? 0) + 1);
          if (routines.every(({ node }) => isRoutineId(node.attrs.id) && counts.get(node.attrs.id) === 1)) return null;

          const mapping = new Mapping();
          transactions.forEach((tr) => tr.mapping.maps.forEach((map) => mapping.appendMap(map)));
          const survivors = new Set<number>();
          oldState.doc.descendants((node, pos) => {
            if (node.type.name !== 'routine') return;
            const mapped = mapping.mapResult(pos, 1);
            if (!mapped.deleted) survivors.add(mapped.pos);
          });

          // Pre-existing routines claim their ids first, then new ones in document order.
          const keeperOf = new Map<string, number>();
          const ordered = [
            ...routines.filter((r) => survivors.has(r.pos)),
            ...routines.filter((r) => !survivors.has(r.pos)),
          ];
          for (const { pos, node } of ordered) {
            if (isRoutineId(node.attrs.id) && !keeperOf.has(node.attrs.id)) keeperOf.set(node.attrs.id, pos);
          }
          const toRename = routines.filter(({ pos, node }) => keeperOf.get(node.attrs.id) !== pos);

          const tr = newState.tr;
          const taken = new Set(keeperOf.keys());
          for (const { pos, node } of toRename) {
            const id = newRoutineId(String(node.attrs.title ?? ''), taken);
            taken.add(id);
            storage.freshIds.add(id);
            tr.setNodeMarkup(pos, undefined, { ...node.attrs, id });
          }
          return tr;
        },
      }),
    ];
  },
});
