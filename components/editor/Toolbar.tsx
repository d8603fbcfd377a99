'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { EditorLabels } from './labels';
import { addRowBelow } from './node-commands';
import styles from './editor.module.css';

type Item = {
  key: string;
  label: string;
  /** In ProseMirror notation ("Mod-Shift-s"). */
  shortcut?: string;
  /** Set for buttons that toggle a format; becomes aria-pressed. */
  pressed?: boolean;
  disabled?: boolean;
  /** What the button shows; the label is its accessible name (and, without a shortcut, its tooltip). */
  face: ReactNode;
  run: () => void;
  groupEnd?: boolean;
};

function isApple(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

function shortcutText(shortcut: string, apple: boolean): { aria: string; shown: string } {
  const parts = shortcut.split('-');
  const name = (part: string, forAria: boolean) => {
    switch (part) {
      case 'Mod':
        return apple ? (forAria ? 'Meta' : '⌘') : forAria ? 'Control' : 'Ctrl';
      case 'Alt':
        return apple && !forAria ? '⌥' : 'Alt';
      case 'Shift':
        return apple && !forAria ? '⇧' : 'Shift';
      default:
        return part.length === 1 ? part.toUpperCase() : part;
    }
  };
  return {
    aria: parts.map((part) => name(part, true)).join('+'),
    shown: parts.map((part) => name(part, false)).join(apple ? '' : '+'),
  };
}

export function Toolbar({
  editor,
  labels,
  onLink,
  toolbarRef,
}: {
  editor: Editor;
  labels: EditorLabels;
  onLink: () => void;
  toolbarRef: RefObject<HTMLDivElement | null>;
}) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      editable: e.isEditable,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      code: e.isActive('code'),
      link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const apple = isApple();

  const chain = () => editor.chain().focus();
  const items: Item[] = [
    {
      key: 'bold',
      label: labels.bold,
      shortcut: 'Mod-b',
      pressed: state.bold,
      face: <b>B</b>,
      run: () => chain().toggleBold().run(),
    },
    {
      key: 'italic',
      label: labels.italic,
      shortcut: 'Mod-i',
      pressed: state.italic,
      face: <i>I</i>,
      run: () => chain().toggleItalic().run(),
    },
    {
      key: 'strike',
      label: labels.strike,
      shortcut: 'Mod-Shift-s',
      pressed: state.strike,
      face: <s>S</s>,
      run: () => chain().toggleStrike().run(),
    },
    {
      key: 'code',
      label: labels.code,
      shortcut: 'Mod-e',
      pressed: state.code,
      face: <code>{'</>'}</code>,
      run: () => chain().toggleCode().run(),
    },
    {
      key: 'link',
      label: labels.link,
      shortcut: 'Mod-k',
      pressed: state.link,
      face: labels.link,
      run: onLink,
      groupEnd: true,
    },
    {
      key: 'h2',
      label: labels.heading2,
      shortcut: 'Mod-Alt-2',
      pressed: state.h2,
      face: 'H2',
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'h3',
      label: labels.heading3,
      shortcut: 'Mod-Alt-3',
      pressed: state.h3,
      face: 'H3',
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'bulletList',
      label: labels.bulletList,
      shortcut: 'Mod-Shift-8',
      pressed: state.bulletList,
      face: '•',
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: 'orderedList',
      label: labels.orderedList,
      shortcut: 'Mod-Shift-7',
      pressed: state.orderedList,
      face: '1.',
      run: () => chain().toggleOrderedList().run(),
    },
    {
      key: 'blockquote',
      label: labels.blockquote,
      shortcut: 'Mod-Shift-b',
      pressed: state.blockquote,
      face: '❝',
      run: () => chain().toggleBlockquote().run(),
      groupEnd: true,
    },
    {
      key: 'table',
      label: labels.insertTable,
      face: '▦',
      run: () => chain().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run(),
    },
    ...(state.inTable
      ? [
          { key: 'addRow', label: labels.addRow, run: () => addRowBelow(editor) },
          { key: 'addColumn', label: labels.addColumn, run: () => chain().addColumnAfter().run() },
          { key: 'deleteRow', label: labels.deleteRow, run: () => chain().deleteRow().run() },
          { key: 'deleteColumn', label: labels.deleteColumn, run: () => chain().deleteColumn().run() },
          { key: 'deleteTable', label: labels.deleteTable, run: () => chain().deleteTable().run() },
        ].map((item) => ({ ...item, face: <span className={styles.wordFace}>{item.label}</span> }))
      : []),
    {
      key: 'callout',
      label: labels.insertCallout,
      face: labels.calloutKinds.note,
      run: () => chain().insertCallout('note').run(),
    },
    {
      key: 'routine',
      label: labels.insertRoutine,
      shortcut: 'Mod-Alt-r',
      face: <span className={styles.wordFace}>{labels.insertRoutine}</span>,
      run: () => chain().insertRoutine().run(),
      groupEnd: true,
    },
    {
      key: 'undo',
      label: labels.undo,
      shortcut: 'Mod-z',
      disabled: !state.canUndo,
      face: '↶',
      run: () => chain().undo().run(),
    },
    {
      key: 'redo',
      label: labels.redo,
      shortcut: 'Mod-Shift-z',
      disabled: !state.canRedo,
      face: '↷',
      run: () => chain().redo().run(),
    },
  ];
  const current = Math.min(active, items.length - 1);

  // One tab stop for the whole toolbar; arrow keys move within it (the ARIA toolbar pattern).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      editor.commands.focus();
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key] + items.length) % items.length;
    setActive(next);
    buttons.current[next]?.focus();
  };

  if (!state.editable) return null;

  return (
    <div ref={toolbarRef} role="toolbar" aria-label={labels.toolbar} className={styles.toolbar} onKeyDown={onKeyDown}>
      {items.map((item, index) => {
        const keys = item.shortcut ? shortcutText(item.shortcut, apple) : null;
        return (
          <button
            key={item.key}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`${styles.toolButton} ${item.groupEnd ? styles.groupEnd : ''}`}
            tabIndex={index === current ? 0 : -1}
            aria-label={item.label}
            aria-pressed={item.pressed}
            aria-disabled={item.disabled || undefined}
            aria-keyshortcuts={keys?.aria}
            title={keys ? `${item.label} (${keys.shown})` : item.label}
            // Keep the text selection in the editor while clicking.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setActive(index)}
            onClick={() => {
              if (!item.disabled) item.run();
            }}
          >
            <span aria-hidden="true">{item.face}</span>
          </button>
        );
      })}
    </div>
  );
}
