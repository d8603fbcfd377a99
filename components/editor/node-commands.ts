import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

/** Put the text cursor at the start of a block node's content (from a field in its header). */
export function moveIntoContent(editor: Editor, pos: number | undefined): void {
  if (typeof pos !== 'number') return;
  editor
    .chain()
    .command(({ tr }) => {
      tr.setSelection(TextSelection.near(tr.doc.resolve(pos + 1)));
      return true;
    })
    .focus()
    .run();
}

/** Replace a wrapping node (routine, callout) by its content, so nothing the author wrote is lost. */
export function unwrapNode(editor: Editor, pos: number | undefined, node: PMNode): void {
  if (typeof pos !== 'number') return;
  editor
    .chain()
    .command(({ tr }) => {
      tr.replaceWith(pos, pos + node.nodeSize, node.content);
      tr.setSelection(TextSelection.near(tr.doc.resolve(pos)));
      return true;
    })
    .focus()
    .run();
}

/** Add a row below the caret's row and put the caret in its first cell, ready to type. */
export function addRowBelow(editor: Editor): void {
  editor
    .chain()
    .focus()
    .addRowAfter()
    .command(({ tr }) => {
      const { $from } = tr.selection;
      for (let depth = $from.depth; depth > 0; depth--) {
        if ($from.node(depth).type.name !== 'tableRow') continue;
        // The new row starts right after the caret's row.
        tr.setSelection(TextSelection.near(tr.doc.resolve($from.after(depth) + 1)));
        return true;
      }
      return false;
    })
    .run();
}
