import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { z } from 'zod';
import { CALLOUT_KINDS, type GuideDoc } from '@/lib/doc/types';
import { isRoutineId } from '@/lib/doc/routines';
import { guideExtensions, HEADING_LEVELS } from '@/lib/editor/extensions';
import { isAllowedHref, isAllowedImageSrc } from '@/lib/editor/url-policy';
import type { Reason } from '@/lib/errors';
import type documentMessages from '@/messages/en/document.json';

/** Documents whose JSON is larger than this are refused (5 MB). */
export const MAX_DOC_BYTES = 5 * 1024 * 1024;
// Far deeper than any real guide (lists in lists in tables), shallow enough to never exhaust the stack.
const MAX_DEPTH = 100;
const MAX_ATTR_LENGTH = 1000;

/** Why a document was refused: a "document" message key with its values, and the JSON path to the part. */
export type DocIssue = Reason<DocIssueKey> & { path: (string | number)[] };
export type DocIssueKey = `document.${keyof typeof documentMessages & string}`;

export type ValidateResult = { ok: true; doc: GuideDoc } | { ok: false; issue: DocIssue };

let schema: Schema | null = null;

/** The ProseMirror schema of guides, built once from the same extensions the editor uses. */
export function guideSchema(): Schema {
  schema ??= getSchema(guideExtensions());
  return schema;
}

type Problem = Reason<DocIssueKey>;

function problem(key: DocIssueKey, values: Record<string, string | number> = {}): Problem {
  return { key, values };
}

class InvalidDoc extends Error {
  readonly issue: DocIssue;
  /** `path` may be the walk's own stack, so it is copied. */
  constructor(found: Problem, path: readonly (string | number)[] = []) {
    super(found.key);
    this.issue = { ...found, path: [...path] };
  }
}

/** A value as it may appear inside an error message: visible control characters, bounded length. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const visible = text.replace(
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return visible.length > 100 ? `${visible.slice(0, 100)}…` : visible;
}

type Attrs = Record<string, unknown>;
/** Returns what is wrong with the value, or null when it is fine. */
type AttrCheck = (value: unknown, attrs: Attrs) => Problem | null;

const emailSchema = z.email();

/** A routine as the messages name it: its title, or its id when it has none. */
function routineName(attrs: Attrs): string {
  return shown(typeof attrs.title === 'string' && attrs.title.trim() ? attrs.title : attrs.id);
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// `attribute` names the attribute for the messages, which word it in the reader's language.
const text =
  (attribute: string, max = MAX_ATTR_LENGTH): AttrCheck =>
  (value) =>
    typeof value !== 'string'
      ? problem('document.attrNotText', { attribute })
      : value.length > max
        ? problem('document.attrTooLong', { attribute, max })
        : null;

const optionalText =
  (attribute: string, max = MAX_ATTR_LENGTH): AttrCheck =>
  (value, attrs) =>
    value === null ? null : text(attribute, max)(value, attrs);

/** An attribute the schema has but a guide never sets: only null (or left out) is accepted. */
const leftEmpty =
  (attribute: string): AttrCheck =>
  (value) =>
    value === null ? null : problem('document.linkAttributeNotAllowed', { attribute, value: shown(value) });

const integer =
  (attribute: string, min: number, max: number): AttrCheck =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : problem('document.notWholeNumber', { attribute, min, max, value: shown(value) });

const oneOf =
  (attribute: string, allowed: readonly unknown[]): AttrCheck =>
  (value) =>
    allowed.includes(value)
      ? null
      : problem('document.notOneOf', {
          attribute,
          value: shown(value),
          allowed: allowed.map((v) => shown(v)).join(', '),
        });

const dimension =
  (attribute: string): AttrCheck =>
  (value) =>
    value === null ||
    (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100_000) ||
    (typeof value === 'string' && /^\d{1,6}$/.test(value))
      ? null
      : problem('document.notPixels', { attribute, value: shown(value) });

const routineText =
  (field: 'title' | 'what' | 'owner'): AttrCheck =>
  (value, attrs) =>
    typeof value !== 'string'
      ? problem('document.routineFieldNotText', { routine: routineName(attrs), field })
      : value.length > 500
        ? problem('document.routineFieldTooLong', { routine: routineName(attrs), field, max: 500 })
        : null;

const cellAttrs: Record<string, AttrCheck> = {
  colspan: integer('colspan', 1, 1000),
  rowspan: integer('rowspan', 1, 1000),
  colwidth: (value) =>
    value === null ||
    (Array.isArray(value) && value.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= 100_000))
      ? null
      : problem('document.badColumnWidths', { value: shown(value) }),
  align: oneOf('cellAlign', ['left', 'center', 'right', null]),
};

/**
 * The check for every attribute of every node and mark in the schema. An attribute the schema has
 * but this table lacks is refused (see validate), so a new extension cannot slip attributes past.
 */
export const ATTRIBUTE_CHECKS: Record<string, Record<string, AttrCheck>> = {
  heading: { level: oneOf('headingLevel', HEADING_LEVELS) },
  orderedList: {
    start: integer('listStart', 0, 1_000_000),
    type: oneOf('listStyle', ['1', 'a', 'A', 'i', 'I', null]),
  },
  codeBlock: {
    language: (value) =>
      value === null || (typeof value === 'string' && /^[A-Za-z0-9_+#.-]{0,40}$/.test(value))
        ? null
        : problem('document.badCodeLanguage', { value: shown(value) }),
  },
  image: {
    src: (value) =>
      value === null || value === ''
        ? problem('document.imageNoSource')
        : isAllowedImageSrc(value)
          ? null
          : problem('document.badImageSource', { src: shown(value) }),
    alt: optionalText('imageAlt'),
    title: optionalText('imageTitle'),
    width: dimension('imageWidth'),
    height: dimension('imageHeight'),
  },
  tableCell: cellAttrs,
  tableHeader: cellAttrs,
  callout: { kind: oneOf('calloutKind', CALLOUT_KINDS) },
  routine: {
    id: (value, attrs) =>
      value === '' || value === null
        ? problem('document.routineNoId', { routine: routineName(attrs) })
        : isRoutineId(value)
          ? null
          : problem('document.badRoutineId', { id: shown(value) }),
    title: routineText('title'),
    what: routineText('what'),
    owner: routineText('owner'),
    ownerEmail: (value, attrs) =>
      value === null || (typeof value === 'string' && value.length <= 254 && emailSchema.safeParse(value).success)
        ? null
        : problem('document.badOwnerEmail', { routine: routineName(attrs), value: shown(value) }),
    reviewBy: (value, attrs) =>
      value === null || (typeof value === 'string' && isIsoDate(value))
        ? null
        : problem('document.badReviewBy', { routine: routineName(attrs), value: shown(value) }),
  },
  link: {
    href: (value) =>
      value === null || value === ''
        ? problem('document.linkNoAddress')
        : isAllowedHref(value)
          ? null
          : problem('document.badLink', { href: shown(value) }),
    // The schema has them (tiptap's Link), but a guide's links take their target, rel and look from
    // the renderer alone: a stored class or target could dress a link up as part of the app.
    target: leftEmpty('target'),
    rel: leftEmpty('rel'),
    class: leftEmpty('class'),
    title: optionalText('linkTitle'),
  },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);

type Path = (string | number)[];

function checkAttrs(
  owner: string,
  kind: 'node' | 'mark',
  given: unknown,
  specAttrs: Record<string, { default?: unknown }>,
  path: Path,
): Attrs {
  let provided: Attrs = {};
  if (given !== undefined) {
    if (!isPlainObject(given)) throw new InvalidDoc(problem('document.attrsNotObject', { kind, type: owner }), path);
    provided = given;
  }
  for (const name of Object.keys(provided)) {
    if (!Object.hasOwn(specAttrs, name))
      throw new InvalidDoc(problem('document.unknownAttribute', { name: shown(name), kind, type: owner }), [
        ...path,
        'attrs',
        name,
      ]);
  }
  // Defaults count too: a routine without an id is as wrong as one with a bad id.
  const attrs: Attrs = {};
  for (const [name, spec] of Object.entries(specAttrs)) {
    attrs[name] = Object.hasOwn(provided, name) ? provided[name] : spec.default;
  }
  for (const [name, value] of Object.entries(attrs)) {
    const check = ATTRIBUTE_CHECKS[owner]?.[name];
    if (!check) throw new InvalidDoc(problem('document.noAttributeRule', { name, kind, type: owner }), path);
    const found = check(value, attrs);
    if (found) throw new InvalidDoc(found, [...path, 'attrs', name]);
  }
  return attrs;
}

function checkMarks(marks: unknown, s: Schema, path: Path): void {
  if (!Array.isArray(marks)) throw new InvalidDoc(problem('document.marksNotList'), path);
  marks.forEach((mark: unknown, index) => {
    const at = [...path, index];
    if (!isPlainObject(mark) || typeof mark.type !== 'string') throw new InvalidDoc(problem('document.notAMark'), at);
    for (const key of Object.keys(mark)) {
      if (!MARK_KEYS.has(key))
        throw new InvalidDoc(
          problem('document.unexpectedMarkField', { field: shown(key), type: shown(mark.type) }),
          at,
        );
    }
    const markType = Object.hasOwn(s.marks, mark.type) ? s.marks[mark.type] : undefined;
    if (!markType) throw new InvalidDoc(problem('document.unknownMark', { type: shown(mark.type) }), at);
    checkAttrs(mark.type, 'mark', mark.attrs, markType.spec.attrs ?? {}, at);
  });
}

function checkNode(node: unknown, depth: number, s: Schema, routineIds: Set<string>, path: Path): void {
  if (depth > MAX_DEPTH) throw new InvalidDoc(problem('document.tooDeep', { max: MAX_DEPTH }), path);
  if (!isPlainObject(node) || typeof node.type !== 'string') throw new InvalidDoc(problem('document.notANode'), path);
  const type = node.type;
  for (const key of Object.keys(node)) {
    if (!NODE_KEYS.has(key))
      throw new InvalidDoc(problem('document.unexpectedNodeField', { field: shown(key), type: shown(type) }), path);
  }
  const nodeType = Object.hasOwn(s.nodes, type) ? s.nodes[type] : undefined;
  if (!nodeType) throw new InvalidDoc(problem('document.unknownNode', { type: shown(type) }), path);

  if (type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') throw new InvalidDoc(problem('document.emptyText'), path);
    if (node.content !== undefined || node.attrs !== undefined)
      throw new InvalidDoc(problem('document.textWithContent'), path);
  } else if (node.text !== undefined) {
    throw new InvalidDoc(problem('document.textInNode', { type }), path);
  }

  const attrs = checkAttrs(type, 'node', node.attrs, nodeType.spec.attrs ?? {}, path);
  if (type === 'routine') {
    const id = attrs.id as string;
    if (routineIds.has(id))
      throw new InvalidDoc(problem('document.duplicateRoutineId', { id }), [...path, 'attrs', 'id']);
    routineIds.add(id);
  }

  if (node.marks !== undefined) checkMarks(node.marks, s, [...path, 'marks']);
  if (node.content !== undefined) {
    if (!Array.isArray(node.content)) throw new InvalidDoc(problem('document.contentNotList', { type }), path);
    // One path stack for the whole walk (copied only when a problem is found): documents are large.
    for (let index = 0; index < node.content.length; index++) {
      path.push('content', index);
      checkNode(node.content[index], depth + 1, s, routineIds, path);
      path.length -= 2;
    }
  }
}

function serializedBytes(input: unknown): number {
  const json = JSON.stringify(input);
  if (json === undefined) throw new InvalidDoc(problem('document.notJson'));
  return new TextEncoder().encode(json).length;
}

/**
 * ProseMirror's own check names the node whose content or marks break the schema ("Invalid content
 * for node bulletList: …"); the rest of its English message is for developers, kept as `detail`.
 */
function structureProblem(error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const content = /^Invalid content for node (\w+)/.exec(detail);
  if (content) return problem('document.badContent', { type: content[1], detail });
  const marks = /^Invalid collection of marks for node (\w+)/.exec(detail);
  if (marks) return problem('document.badMarks', { type: marks[1], detail });
  return problem('document.badStructure', { detail });
}

/**
 * The gatekeeper for every saved guide document: size, known node and mark types, attribute
 * values, content structure, and the link/image address policy. The first problem found is
 * returned as a message key with its values, so each caller words it in its reader's language.
 */
export function validateDoc(input: unknown): ValidateResult {
  const s = guideSchema();
  try {
    let bytes: number;
    try {
      bytes = serializedBytes(input);
    } catch (error) {
      if (error instanceof InvalidDoc) throw error;
      throw new InvalidDoc(problem('document.notJsonOrTooDeep'));
    }
    if (bytes > MAX_DOC_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new InvalidDoc(problem('document.tooLarge', { size: mb(bytes), limit: mb(MAX_DOC_BYTES) }));
    }
    if (!isPlainObject(input) || input.type !== 'doc') throw new InvalidDoc(problem('document.notADoc'));
    if (!Array.isArray(input.content)) throw new InvalidDoc(problem('document.noContent'));

    checkNode(input, 0, s, new Set(), []);

    try {
      s.nodeFromJSON(input).check();
    } catch (error) {
      throw new InvalidDoc(structureProblem(error));
    }
    return { ok: true, doc: input as GuideDoc };
  } catch (error) {
    if (error instanceof InvalidDoc) return { ok: false, issue: error.issue };
    throw error;
  }
}
