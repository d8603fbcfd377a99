'use client';

import { NodeViewContent, NodeViewWrapper, useEditorState, type ReactNodeViewProps } from '@tiptap/react';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { newRoutineId } from '@/lib/doc/routines';
import type { RoutineAttrs } from '@/lib/doc/types';
import { routineIdsIn } from '@/lib/editor/routine';
import { useEditorSettings } from './context';
import { moveIntoContent, unwrapNode } from './node-commands';
import styles from './editor.module.css';

/** The routine block in the editor: a small form for its attributes above its editable steps. */
export function RoutineView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { labels, people } = useEditorSettings();
  const attrs = node.attrs as RoutineAttrs;
  const storage = editor.storage.routine;
  const titleRef = useRef<HTMLInputElement>(null);
  const uid = useId();
  const ids = {
    title: `${uid}-title`,
    what: `${uid}-what`,
    owner: `${uid}-owner`,
    ownerHint: `${uid}-owner-hint`,
    people: `${uid}-people`,
    reviewBy: `${uid}-review`,
  };

  // A routine just inserted from the toolbar or keyboard gets its title field focused, so the
  // ambassador can type the name straight away.
  useEffect(() => {
    if (storage.takeTitleFocus(attrs.id)) {
      titleRef.current?.focus();
      titleRef.current?.select();
    }
  }, [storage, attrs.id]);

  const setTitle = (title: string) => {
    if (!storage.freshIds.has(attrs.id)) {
      updateAttributes({ title });
      return;
    }
    // Not saved anywhere yet, so its anchor may still follow the title.
    const others = routineIdsIn(editor.state.doc);
    others.splice(others.indexOf(attrs.id), 1);
    const id = newRoutineId(title, others);
    storage.freshIds.delete(attrs.id);
    storage.freshIds.add(id);
    updateAttributes({ title, id });
  };

  const findPerson = (value: string) => {
    const wanted = value.trim().toLowerCase();
    if (!wanted) return undefined;
    return people.find((person) => person.name.toLowerCase() === wanted || person.email.toLowerCase() === wanted);
  };

  const setOwner = (owner: string) => {
    updateAttributes({ owner, ownerEmail: findPerson(owner)?.email ?? null });
  };

  // Typing a user's e-mail links that user; the field then shows their name, as readers will see it.
  const settleOwner = () => {
    const person = findPerson(attrs.owner);
    if (person && (attrs.owner !== person.name || attrs.ownerEmail !== person.email)) {
      updateAttributes({ owner: person.name, ownerEmail: person.email });
    }
  };

  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      settleOwner();
      moveIntoContent(editor, getPos());
    }
  };

  const editable = useEditorState({ editor, selector: ({ editor: e }) => e.isEditable });

  return (
    <NodeViewWrapper className={styles.routine} data-routine-id={attrs.id} id={`routine-${attrs.id}`}>
      <fieldset className={styles.routineForm} contentEditable={false} disabled={!editable}>
        <legend className={styles.routineLegend}>
          {labels.routine}: {attrs.title}
        </legend>
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <label htmlFor={ids.title}>{labels.routineTitle}</label>
          <input
            ref={titleRef}
            id={ids.title}
            className={styles.input}
            value={attrs.title}
            maxLength={500}
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={onFieldKey}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.what}>{labels.routineWhat}</label>
          <input
            id={ids.what}
            className={styles.input}
            value={attrs.what}
            maxLength={500}
            onChange={(event) => updateAttributes({ what: event.target.value })}
            onKeyDown={onFieldKey}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.owner}>{labels.routineOwner}</label>
          <input
            id={ids.owner}
            className={styles.input}
            value={attrs.owner}
            maxLength={500}
            list={ids.people}
            autoComplete="off"
            aria-describedby={ids.ownerHint}
            onChange={(event) => setOwner(event.target.value)}
            onBlur={settleOwner}
            onKeyDown={onFieldKey}
          />
          <datalist id={ids.people}>
            {people.map((person) => (
              <option key={person.email} value={person.name} label={person.email} />
            ))}
          </datalist>
          <span id={ids.ownerHint} className={styles.hint}>
            {attrs.ownerEmail ? `${labels.routineOwnerLinked} ${attrs.ownerEmail}` : labels.routineOwnerHint}
          </span>
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.reviewBy}>{labels.routineReviewBy}</label>
          <input
            id={ids.reviewBy}
            type="date"
            className={styles.input}
            value={attrs.reviewBy ?? ''}
            onChange={(event) => updateAttributes({ reviewBy: event.target.value || null })}
            onKeyDown={onFieldKey}
          />
        </div>
        <div className={styles.routineFooter}>
          <span className={styles.hint}>
            {labels.routineAnchor} <code>#routine-{attrs.id}</code>
          </span>
          <button type="button" className={styles.smallButton} onClick={() => unwrapNode(editor, getPos(), node)}>
            {labels.routineUnwrap}
          </button>
        </div>
      </fieldset>
      <NodeViewContent className={styles.routineBody} />
    </NodeViewWrapper>
  );
}
