'use client';

import { NodeViewContent, NodeViewWrapper, useEditorState, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { CALLOUT_KINDS } from '@/lib/doc/types';
import { isCalloutKind } from '@/lib/editor/callout';
import { useEditorSettings } from './context';
import { unwrapNode } from './node-commands';
import styles from './editor.module.css';

/** A callout in the editor: its kind as a picker, then its editable content. */
export function CalloutView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { labels } = useEditorSettings();
  const kind = isCalloutKind(node.attrs.kind) ? node.attrs.kind : 'note';
  const selectId = useId();
  const editable = useEditorState({ editor, selector: ({ editor: e }) => e.isEditable });

  return (
    <NodeViewWrapper
      as="aside"
      className={`${styles.callout} ${styles[`callout-${kind}`]}`}
      data-callout={kind}
      role="note"
      aria-label={labels.calloutKinds[kind]}
    >
      <div className={styles.calloutBar} contentEditable={false}>
        <label htmlFor={selectId} className={styles.visuallyHidden}>
          {labels.calloutKind}
        </label>
        <select
          id={selectId}
          className={styles.select}
          value={kind}
          disabled={!editable}
          onChange={(event) => {
            if (isCalloutKind(event.target.value)) updateAttributes({ kind: event.target.value });
          }}
        >
          {CALLOUT_KINDS.map((option) => (
            <option key={option} value={option}>
              {labels.calloutKinds[option]}
            </option>
          ))}
        </select>
        {editable && (
          <button type="button" className={styles.smallButton} onClick={() => unwrapNode(editor, getPos(), node)}>
            {labels.calloutUnwrap}
          </button>
        )}
      </div>
      <NodeViewContent className={styles.calloutBody} />
    </NodeViewWrapper>
  );
}
