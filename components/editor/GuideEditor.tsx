'use client';

import { Node, type Extensions } from '@tiptap/core';
import { EditorContent, ReactNodeViewRenderer, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GuideDoc } from '@/lib/doc/types';
import { guideExtensions } from '@/lib/editor/extensions';
import { isAllowedHref } from '@/lib/editor/url-policy';
import { EditorSettings } from './context';
import { CalloutView } from './CalloutView';
import { RoutineView } from './RoutineView';
import { Toolbar } from './Toolbar';
import type { EditorLabels, Person } from './labels';
import styles from './editor.module.css';

export type { EditorLabels, Person } from './labels';

export type GuideEditorProps = {
  /** The document to start from. Read once: give the editor a new `key` to load another. */
  initialDoc: GuideDoc;
  /** Called with the whole document after every change. */
  onChange: (doc: GuideDoc) => void;
  /** App users who can own routines. */
  people: Person[];
  labels: EditorLabels;
  editable?: boolean;
};

/** Mod-k as ProseMirror's keymaps read "Mod": Cmd on Apple devices, Ctrl elsewhere. */
function isLinkShortcut(event: globalThis.KeyboardEvent): boolean {
  const apple = /Mac|iP(hone|[oa]d)/.test(navigator.platform);
  const mod = apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** The shared schema, with React forms for routines and callouts (client only). */
function editorExtensions(labels: EditorLabels): Extensions {
  const shared = guideExtensions({
    labels: {
      what: labels.routineWhat,
      owner: labels.routineOwner,
      reviewBy: labels.routineReviewBy,
      calloutLabels: labels.calloutKinds,
    },
    newRoutineTitle: labels.newRoutineTitle,
  });
  return [
    ...shared.map((extension) => {
      if (!(extension instanceof Node)) return extension;
      if (extension.name === 'routine')
        return extension.extend({ addNodeView: () => ReactNodeViewRenderer(RoutineView) });
      if (extension.name === 'callout')
        return extension.extend({ addNodeView: () => ReactNodeViewRenderer(CalloutView) });
      return extension;
    }),
  ];
}

export function GuideEditor({ initialDoc, onChange, people, labels, editable = true }: GuideEditorProps) {
  const onChangeRef = useRef(onChange);
  const labelsRef = useRef(labels);
  useEffect(() => {
    onChangeRef.current = onChange;
    labelsRef.current = labels;
  });
  const toolbarRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const linkPromptRef = useRef<() => void>(() => {});

  // Created once: the extension list must not change under a live editor.
  const [extensions] = useState(() => editorExtensions(labels));

  const focusToolbar = useCallback(() => {
    toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, []);

  const editorProps = useMemo(
    () => ({
      attributes: {
        class: styles.content,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': labels.content,
        'aria-describedby': hintId,
      },
      handleKeyDown: (_view: unknown, event: globalThis.KeyboardEvent) => {
        // Tab is taken inside lists and tables, so Esc is the way out of the text to the toolbar.
        if (event.key === 'Escape') focusToolbar();
        // The prompt needs the editor, which this configures: so the latest one, through a ref.
        else if (isLinkShortcut(event)) linkPromptRef.current();
        else return false;
        return true;
      },
    }),
    [labels.content, hintId, focusToolbar],
  );

  const editor = useEditor({
    extensions,
    content: initialDoc,
    editable,
    immediatelyRender: false,
    editorProps,
    onUpdate: ({ editor: e }) => onChangeRef.current(e.getJSON() as GuideDoc),
  });

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  const openLinkPrompt = useCallback(() => {
    if (!editor || !editor.isEditable) return;
    const current: unknown = editor.getAttributes('link').href;
    const answer = window.prompt(labelsRef.current.linkPrompt, typeof current === 'string' ? current : '');
    if (answer === null) return;
    const href = answer.trim();
    if (href === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return;
    }
    if (!isAllowedHref(href)) {
      window.alert(labelsRef.current.linkInvalid);
      return;
    }
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the link text.
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
  }, [editor]);
  useEffect(() => {
    linkPromptRef.current = openLinkPrompt;
  }, [openLinkPrompt]);

  // Alt+F10 reaches the toolbar from anywhere in the editor, as in other rich-text editors.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey && event.key === 'F10') {
      event.preventDefault();
      focusToolbar();
    }
  };

  const settings = useMemo(() => ({ labels, people }), [labels, people]);

  return (
    <EditorSettings.Provider value={settings}>
      <div className={styles.editor} onKeyDown={onKeyDown}>
        {editor && <Toolbar editor={editor} labels={labels} onLink={openLinkPrompt} toolbarRef={toolbarRef} />}
        <p id={hintId} className={styles.visuallyHidden}>
          {editable ? labels.keyboardHint : ''}
        </p>
        <EditorContent editor={editor} className={styles.surface} />
      </div>
    </EditorSettings.Provider>
  );
}
