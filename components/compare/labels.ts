import type { CalloutKind } from '@/lib/doc/types';

/**
 * A count-dependent text. English and Norwegian Bokmål both use "one" for exactly 1 and "other"
 * for every other count, so two forms cover both catalogues.
 */
export type Plural = { one: string; other: string };

/** Top-level block types the compare view names; anything else is shown as `other`. */
export type BlockTypeName =
  | 'paragraph'
  | 'heading'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'codeBlock'
  | 'horizontalRule'
  | 'table'
  | 'callout'
  | 'routine'
  | 'other';

/**
 * Every visible or spoken text of the compare view, in the reader's language. Plain strings (not
 * functions) so the labels can be passed from a server component; `{name}` placeholders are filled
 * in by the view. With next-intl, read the catalogue object with `t.raw(...)`, since `t()` would
 * try to fill the placeholders itself. English texts are given in each comment.
 */
export type CompareLabels = {
  // Summary at the top.
  /** "Summary of changes" */
  summaryHeading: string;
  /** { one: "{count} routine added", other: "{count} routines added" } */
  routinesAdded: Plural;
  /** { one: "{count} routine removed", other: "{count} routines removed" } */
  routinesRemoved: Plural;
  /** { one: "{count} routine changed", other: "{count} routines changed" } */
  routinesChanged: Plural;
  /** { one: "{count} routine moved", other: "{count} routines moved" } */
  routinesMoved: Plural;
  /** { one: "{count} other block added", other: "{count} other blocks added" } (paragraphs, headings, lists, tables) */
  blocksAdded: Plural;
  /** { one: "{count} other block removed", other: "{count} other blocks removed" } */
  blocksRemoved: Plural;
  /** { one: "{count} other block changed", other: "{count} other blocks changed" } */
  blocksChanged: Plural;
  /** { one: "{count} other block moved", other: "{count} other blocks moved" } */
  blocksMoved: Plural;
  /** "Owner of “{title}”: {from} → {to}" ({title} is a link to the routine below) */
  ownerChanged: string;
  /** "What “{title}” registers: {from} → {to}" */
  whatChanged: string;
  /** "Review date of “{title}”: {from} → {to}" */
  reviewByChanged: string;
  /** "No changes between these versions." */
  noChanges: string;
  /** Stands in for an empty value in "from → to" texts: "none" */
  noValue: string;

  // Toolbar.
  /** Accessible name of the view switch: "View" */
  viewMode: string;
  /** "Side by side" */
  sideBySide: string;
  /** "Inline" */
  inline: string;
  /** Accessible name of the change navigation: "Changes" */
  changeNavigation: string;
  /** "Previous change" */
  previousChange: string;
  /** "Next change" */
  nextChange: string;
  /** "Keys: j or n for the next change, k or p for the previous one." */
  shortcutsHint: string;
  /** Shown and announced after moving to a change: "Change {index} of {total}" */
  changePosition: string;
  /** Shown before any change is visited: { one: "{count} change", other: "{count} changes" } */
  changeCount: Plural;

  // The changes.
  /** Heading above the blocks: "Changes" */
  changesHeading: string;
  /** Status of a block, shown above it: { inserted: "Added", deleted: "Removed", changed: "Changed", moved: "Moved" } */
  status: { inserted: string; deleted: string; changed: string; moved: string };
  /** Beside "Moved": "from position {from} to {to}" (top-level block numbers, 1-based) */
  movedFrom: string;
  /**
   * Names of block types: { paragraph: "Paragraph", heading: "Heading", bulletList: "Bulleted list",
   * orderedList: "Numbered list", blockquote: "Quote", codeBlock: "Code", horizontalRule: "Divider",
   * table: "Table", callout: "Callout", routine: "Routine", other: "Block" }
   */
  blockTypes: Record<BlockTypeName, string>;
  /** { note: "Note", tip: "Tip", important: "Important", warning: "Warning", caution: "Caution" } */
  calloutKinds: Record<CalloutKind, string>;
  /** Routine header fields: { what: "What", owner: "Owner", reviewBy: "Review by" } */
  routineFields: { what: string; owner: string; reviewBy: string };
  /**
   * Names of changed attributes: { title: "Title", what: "What", owner: "Owner", ownerEmail:
   * "Owner's e-mail", reviewBy: "Review by", id: "Link anchor", level: "Heading level", kind:
   * "Callout type", language: "Code language", start: "List starts at", link: "Link", image:
   * "Image" }. Other attribute names are shown as they are.
   */
  attrNames: Record<string, string>;
  /** One changed attribute: "{name}: {from} → {to}" */
  attrChange: string;
  /** Accessible name of the list of changed attributes: "Changed settings" */
  attrChangesList: string;
  /** "Formatting or links changed" */
  formatChanged: string;
  /** "Too different to compare word by word; shown as removed and added." */
  limitExceeded: string;
  /** Read by screen readers before inserted text (visually hidden): "inserted:" */
  insertedPrefix: string;
  /** Read by screen readers before deleted text (visually hidden): "deleted:" */
  deletedPrefix: string;
  /** Read for an added or removed line break (shown as ¶): "line break" */
  lineBreak: string;
  /** A block without text: "(no text)" */
  emptyBlock: string;
  /** In a side-by-side column where the block does not exist: "Not in this version" */
  absent: string;
  /** Button over a collapsed stretch ({count} is at least 2): "Show {count} unchanged blocks" */
  expand: string;
  /** Printed in place of the button: "{count} unchanged blocks not shown" */
  collapsed: string;
};

/** Fills `{name}` placeholders; unknown ones are left as they are, so a typo shows rather than vanishes. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function plural(forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  return fill(count === 1 ? forms.one : forms.other, { count, ...values });
}
