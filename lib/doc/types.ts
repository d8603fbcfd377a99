/**
 * The guide document: tiptap (ProseMirror) JSON. Every view of a guide (reader page, Markdown,
 * search index, owners list, diff) is derived from this one shape.
 *
 * Node types: doc, paragraph, heading{level 1-4}, text, hardBreak, bulletList, orderedList{start},
 * listItem, blockquote, codeBlock{language}, horizontalRule, image{src,alt,title} (inline),
 * table, tableRow, tableHeader, tableCell (cells hold paragraphs), callout{kind}, routine{...}.
 * Marks: bold, italic, strike, underline, code, link{href,title}.
 */
export type Mark =
  | { type: 'bold' | 'italic' | 'strike' | 'underline' | 'code' }
  | {
      type: 'link';
      attrs: {
        href: string;
        title?: string | null;
        target?: string | null;
        rel?: string | null;
        class?: string | null;
      };
    };

export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';
export const CALLOUT_KINDS: readonly CalloutKind[] = ['note', 'tip', 'important', 'warning', 'caution'];

/**
 * A routine: what is registered in the CRM (`what`), how (the node's content, usually numbered
 * steps), who owns it, and when it must be reviewed again.
 * - `id`: stable anchor, unique within a guide (lowercase letters, digits and dashes).
 * - `title`: short name shown in the table of contents and lists.
 * - `owner`: the owner as people know them: a person's name or a role ("Sales manager").
 * - `ownerEmail`: set when the owner is a user of the app; the app shows that user's current name.
 * - `reviewBy`: ISO date YYYY-MM-DD, or null.
 */
export type RoutineAttrs = {
  id: string;
  title: string;
  what: string;
  owner: string;
  ownerEmail: string | null;
  reviewBy: string | null;
};

export type JSONNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JSONNode[];
  marks?: Mark[];
  text?: string;
};

export type GuideDoc = { type: 'doc'; content: JSONNode[] };

/** Front matter kept as metadata beside the document (title, language, author, ...). */
export type FrontMatter = Record<string, unknown>;
