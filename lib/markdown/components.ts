import type { CalloutKind, RoutineAttrs } from '@/lib/doc/types';
import type { ImportMessageKey } from '@/lib/markdown/errors';

/**
 * The MDX-style components a guide understands: callouts (`<Note>` ...) and routines
 * (`<Routine ...>`). Shared by import (which reads them) and export (which writes them).
 */
export type Component = { type: 'callout'; kind: CalloutKind } | { type: 'routine' };

// Lowercased tag name -> callout kind. The aliases are the names other documentation tools use for
// the same boxes (Docusaurus/Mintlify "info", "danger", "hint"), so pasted pages keep their callouts.
const CALLOUT_TAGS: Record<string, CalloutKind> = {
  note: 'note',
  info: 'note',
  information: 'note',
  tip: 'tip',
  hint: 'tip',
  important: 'important',
  warning: 'warning',
  warn: 'warning',
  caution: 'caution',
  danger: 'caution',
};

const CALLOUT_TAG_NAMES: Record<CalloutKind, string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

const ROUTINE_TAG = 'Routine';

/** The component a tag name stands for (case-insensitive), or null for any other tag. */
export function componentForTag(name: string | null | undefined): Component | null {
  if (!name) return null;
  const lower = name.toLowerCase();
  if (lower === 'routine') return { type: 'routine' };
  const kind = Object.hasOwn(CALLOUT_TAGS, lower) ? CALLOUT_TAGS[lower] : undefined;
  return kind ? { type: 'callout', kind } : null;
}

/** The GitHub/DocFX alert label (`> [!NOTE]`) for a callout kind, read case-insensitively. */
export function calloutKindForAlert(label: string): CalloutKind | null {
  const lower = label.toLowerCase();
  return lower === 'note' || lower === 'tip' || lower === 'important' || lower === 'warning' || lower === 'caution'
    ? lower
    : null;
}

export function calloutTagName(kind: CalloutKind): string {
  return CALLOUT_TAG_NAMES[kind];
}

/** An attribute as written on a tag: a string, no value (`<Routine draft>`), or a JSX expression. */
export type TagAttribute = { name: string; value: string | null; isExpression: boolean };

// Attribute name in Markdown (lowercased) -> routine field. The camelCase spellings are accepted
// because people copy field names from the JSON.
const ROUTINE_ATTRIBUTES: Record<string, keyof RoutineAttrs> = {
  id: 'id',
  title: 'title',
  what: 'what',
  owner: 'owner',
  'owner-email': 'ownerEmail',
  owneremail: 'ownerEmail',
  'review-by': 'reviewBy',
  reviewby: 'reviewBy',
};

export type ReadRoutineAttrs = {
  /** The id as written, or null when the tag has none (the importer derives one from the title). */
  id: string | null;
  attrs: Omit<RoutineAttrs, 'id'>;
  /** What was left out, for warnings: "import" message keys with their values. */
  problems: { key: ImportMessageKey; values: Record<string, string> }[];
};

/** Routine fields from the attributes of a `<Routine>` tag, with a note for each one left out. */
export function readRoutineAttributes(attributes: TagAttribute[]): ReadRoutineAttrs {
  const values: Partial<Record<keyof RoutineAttrs, string>> = {};
  const problems: ReadRoutineAttrs['problems'] = [];
  const tag = `<${ROUTINE_TAG}>`;
  for (const attribute of attributes) {
    const key = attribute.name.toLowerCase();
    const field = Object.hasOwn(ROUTINE_ATTRIBUTES, key) ? ROUTINE_ATTRIBUTES[key] : undefined;
    if (!field) {
      problems.push({ key: 'import.unknownRoutineAttribute', values: { tag, name: attribute.name } });
    } else if (attribute.isExpression || attribute.value === null) {
      problems.push({ key: 'import.routineAttributeNotText', values: { tag, name: attribute.name } });
    } else if (values[field] !== undefined) {
      problems.push({ key: 'import.routineAttributeTwice', values: { tag, name: attribute.name } });
    } else {
      values[field] = attribute.value;
    }
  }
  return {
    id: values.id ?? null,
    attrs: {
      title: values.title ?? '',
      what: values.what ?? '',
      owner: values.owner ?? '',
      ownerEmail: values.ownerEmail ? values.ownerEmail : null,
      reviewBy: values.reviewBy ? values.reviewBy : null,
    },
    problems,
  };
}

// Quotes would end the value; `&` starts a character reference in both MDX and HTML, so it is
// written as one too; a line break would split the tag over lines, which plain Markdown's HTML
// blocks do not allow; `<` and `>` are encoded so no reader mistakes the value for a tag.
function attributeValue(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/** A tag with double-quoted attributes: `<Name a="1" b="2">`. */
export function openTag(name: string, attributes: [string, string][]): string {
  return `<${[name, ...attributes.map(([key, value]) => `${key}="${attributeValue(value)}"`)].join(' ')}>`;
}

/**
 * The attributes of a routine as written in Markdown, in the documented order:
 * `id`, `title`, `what`, `owner`, then `owner-email` and `review-by` when set.
 */
export function routineAttributeList(attrs: RoutineAttrs): [string, string][] {
  const list: [string, string][] = [
    ['id', attrs.id],
    ['title', attrs.title],
    ['what', attrs.what],
    ['owner', attrs.owner],
  ];
  if (attrs.ownerEmail) list.push(['owner-email', attrs.ownerEmail]);
  if (attrs.reviewBy) list.push(['review-by', attrs.reviewBy]);
  return list;
}
