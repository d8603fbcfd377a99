import type { CalloutKind } from '@/lib/doc/types';

/** Every visible or spoken text of the editor, in the user's language (the UI is bilingual). */
export type EditorLabels = {
  /** Accessible name of the toolbar ("Formatting"). */
  toolbar: string;
  /** Accessible name of the editable area ("Guide text"). */
  content: string;
  /** Read to screen reader users on entering the text: "Press Esc to reach the toolbar." */
  keyboardHint: string;

  bold: string;
  italic: string;
  strike: string;
  code: string;
  link: string;
  /** Prompt text when adding or changing a link. */
  linkPrompt: string;
  /** Shown when the typed address is not http(s), mailto, tel or relative. */
  linkInvalid: string;
  heading2: string;
  heading3: string;
  bulletList: string;
  orderedList: string;
  blockquote: string;
  undo: string;
  redo: string;

  insertTable: string;
  addRow: string;
  addColumn: string;
  deleteRow: string;
  deleteColumn: string;
  deleteTable: string;

  insertCallout: string;
  /** Label of the callout kind picker ("Kind"). */
  calloutKind: string;
  calloutKinds: Record<CalloutKind, string>;
  /** Button that turns a callout back into ordinary text. */
  calloutUnwrap: string;

  insertRoutine: string;
  /** Title of a newly inserted routine ("New routine"). */
  newRoutineTitle: string;
  /** Name of a routine block ("Routine"). */
  routine: string;
  routineTitle: string;
  routineWhat: string;
  routineOwner: string;
  /** Under the owner field: "Pick a person, or type a role." */
  routineOwnerHint: string;
  /** Before the linked user's e-mail: "Linked to". */
  routineOwnerLinked: string;
  routineReviewBy: string;
  /** Before the routine's link anchor: "Link". */
  routineAnchor: string;
  /** Button that turns a routine back into ordinary text, keeping its steps. */
  routineUnwrap: string;
};

export type Person = { email: string; name: string };
