import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { z } from 'zod';
import { CALLOUT_KINDS, type GuideDoc } from '@/lib/doc/types';
import { isRoutineId } from '@/lib/doc/routines';
import { guideExtensions, HEADING_LEVELS } from '@/lib/editor/extensions';
import { isAllowedHref, isAllowedImageSrc } from '@/lib/editor/url-policy';

/** Documents whose JSON is larger than this are refused (5 MB). */
export const MAX_DOC_BYTES = 5 * 1024 * 1024;
// Far deeper than any real guide (lists in lists in tables), shallow enough to never exhaust the stack.
const MAX_DEPTH = 100;
const MAX_ATTR_LENGTH = 1000;

export type ValidateResult = { ok: true; doc: GuideDoc } | { ok: false; error: string };

let schema: Schema | null = null;

/** The ProseMirror schema of guides, built once from the same extensions the editor uses. */
export function guideSchema(): Schema {
  schema ??= getSchema(guideExtensions());
  return schema;
}

class InvalidDoc extends Error {}

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
/** Returns an error message, or null when the value is fine. */
type AttrCheck = (value: unknown, attrs: Attrs) => string | null;

const emailSchema = z.email();

function routineName(attrs: Attrs): string {
  const title = typeof attrs.title === 'string' && attrs.title.trim() ? attrs.title : attrs.id;
  return `Routine '${shown(title)}'`;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const text =
  (what: string, max = MAX_ATTR_LENGTH): AttrCheck =>
  (value) =>
    typeof value !== 'string'
      ? `${what} must be text`
      : value.length > max
        ? `${what} is longer than ${max} characters`
        : null;

const optionalText =
  (what: string, max = MAX_ATTR_LENGTH): AttrCheck =>
  (value, attrs) =>
    value === null ? null : text(what, max)(value, attrs);

const integer =
  (what: string, min: number, max: number): AttrCheck =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : `${what} must be a whole number from ${min} to ${max}, not ${shown(value)}`;

const oneOf =
  (what: string, allowed: readonly unknown[]): AttrCheck =>
  (value) =>
    allowed.includes(value) ? null : `${what} ${shown(value)} is not one of ${allowed.map((v) => shown(v)).join(', ')}`;

const dimension =
  (what: string): AttrCheck =>
  (value) =>
    value === null ||
    (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100_000) ||
    (typeof value === 'string' && /^\d{1,6}$/.test(value))
      ? null
      : `${what} must be a number of pixels, not ${shown(value)}`;

const cellAttrs: Record<string, AttrCheck> = {
  colspan: integer('A table cell colspan', 1, 1000),
  rowspan: integer('A table cell rowspan', 1, 1000),
  colwidth: (value) =>
    value === null ||
    (Array.isArray(value) && value.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= 100_000))
      ? null
      : `A table column width must be a list of pixel widths, not ${shown(value)}`,
  align: oneOf('Table cell alignment', ['left', 'center', 'right', null]),
};

/**
 * The check for every attribute of every node and mark in the schema. An attribute the schema has
 * but this table lacks is refused (see validate), so a new extension cannot slip attributes past.
 */
export const ATTRIBUTE_CHECKS: Record<string, Record<string, AttrCheck>> = {
  heading: { level: oneOf('Heading level', HEADING_LEVELS) },
  orderedList: {
    start: integer('A numbered list start', 0, 1_000_000),
    type: oneOf('Numbered list style', ['1', 'a', 'A', 'i', 'I', null]),
  },
  codeBlock: {
    language: (value) =>
      value === null || (typeof value === 'string' && /^[A-Za-z0-9_+#.-]{0,40}$/.test(value))
        ? null
        : `Code block language ${shown(value)} is not a language name`,
  },
  image: {
    src: (value) =>
      value === null || value === ''
        ? 'An image has no source'
        : isAllowedImageSrc(value)
          ? null
          : `Image source '${shown(value)}' is not allowed: use an http or https address or a relative path`,
    alt: optionalText('Image alt text'),
    title: optionalText('Image title'),
    width: dimension('Image width'),
    height: dimension('Image height'),
  },
  tableCell: cellAttrs,
  tableHeader: cellAttrs,
  callout: { kind: oneOf('Callout kind', CALLOUT_KINDS) },
  routine: {
    id: (value, attrs) =>
      value === '' || value === null
        ? `${routineName(attrs)} has no id`
        : isRoutineId(value)
          ? null
          : `Routine id '${shown(value)}' is not allowed: use lowercase letters, digits and dashes, like 'new-company'`,
    title: (value, attrs) => text(`${routineName(attrs)}: the title`, 500)(value, attrs),
    what: (value, attrs) => text(`${routineName(attrs)}: "what"`, 500)(value, attrs),
    owner: (value, attrs) => text(`${routineName(attrs)}: the owner`, 500)(value, attrs),
    ownerEmail: (value, attrs) =>
      value === null || (typeof value === 'string' && value.length <= 254 && emailSchema.safeParse(value).success)
        ? null
        : `${routineName(attrs)}: owner e-mail '${shown(value)}' is not a valid e-mail address`,
    reviewBy: (value, attrs) =>
      value === null || (typeof value === 'string' && isIsoDate(value))
        ? null
        : `${routineName(attrs)}: review-by date '${shown(value)}' is not a valid date (use YYYY-MM-DD)`,
  },
  link: {
    href: (value) =>
      value === null || value === ''
        ? 'A link has no address'
        : isAllowedHref(value)
          ? null
          : `Link '${shown(value)}' is not allowed: use http, https, mailto, tel or a relative link`,
    target: optionalText('Link target', 100),
    rel: optionalText('Link rel', 200),
    class: optionalText('Link class', 200),
    title: optionalText('Link title'),
  },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);

function checkAttrs(
  owner: string,
  kind: 'node' | 'mark',
  given: unknown,
  specAttrs: Record<string, { default?: unknown }>,
): Attrs {
  let provided: Attrs = {};
  if (given !== undefined) {
    if (!isPlainObject(given)) throw new InvalidDoc(`The attributes of ${kind} '${owner}' must be an object`);
    provided = given;
  }
  for (const name of Object.keys(provided)) {
    if (!Object.hasOwn(specAttrs, name))
      throw new InvalidDoc(`Unknown attribute '${shown(name)}' on ${kind} '${owner}'`);
  }
  // Defaults count too: a routine without an id is as wrong as one with a bad id.
  const attrs: Attrs = {};
  for (const [name, spec] of Object.entries(specAttrs)) {
    attrs[name] = Object.hasOwn(provided, name) ? provided[name] : spec.default;
  }
  for (const [name, value] of Object.entries(attrs)) {
    const check = ATTRIBUTE_CHECKS[owner]?.[name];
    if (!check) throw new InvalidDoc(`Attribute '${name}' on ${kind} '${owner}' has no validation rule`);
    const error = check(value, attrs);
    if (error) throw new InvalidDoc(error);
  }
  return attrs;
}

function checkMarks(marks: unknown, s: Schema): void {
  if (!Array.isArray(marks)) throw new InvalidDoc('Marks must be a list');
  for (const mark of marks) {
    if (!isPlainObject(mark) || typeof mark.type !== 'string')
      throw new InvalidDoc('Every mark must be an object with a type');
    for (const key of Object.keys(mark)) {
      if (!MARK_KEYS.has(key)) throw new InvalidDoc(`Unexpected field '${shown(key)}' on mark '${shown(mark.type)}'`);
    }
    const markType = Object.hasOwn(s.marks, mark.type) ? s.marks[mark.type] : undefined;
    if (!markType) throw new InvalidDoc(`Unknown mark '${shown(mark.type)}'`);
    checkAttrs(mark.type, 'mark', mark.attrs, markType.spec.attrs ?? {});
  }
}

function checkNode(node: unknown, depth: number, s: Schema, routineIds: Set<string>): void {
  if (depth > MAX_DEPTH) throw new InvalidDoc(`The document is nested more than ${MAX_DEPTH} levels deep`);
  if (!isPlainObject(node) || typeof node.type !== 'string')
    throw new InvalidDoc('Every node must be an object with a type');
  const type = node.type;
  for (const key of Object.keys(node)) {
    if (!NODE_KEYS.has(key)) throw new InvalidDoc(`Unexpected field '${shown(key)}' on node '${shown(type)}'`);
  }
  const nodeType = Object.hasOwn(s.nodes, type) ? s.nodes[type] : undefined;
  if (!nodeType) throw new InvalidDoc(`Unknown node type '${shown(type)}'`);

  if (type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') throw new InvalidDoc('A text node must have non-empty text');
    if (node.content !== undefined || node.attrs !== undefined)
      throw new InvalidDoc('A text node cannot have content or attributes');
  } else if (node.text !== undefined) {
    throw new InvalidDoc(`Node '${type}' cannot have text; text goes in text nodes`);
  }

  const attrs = checkAttrs(type, 'node', node.attrs, nodeType.spec.attrs ?? {});
  if (type === 'routine') {
    const id = attrs.id as string;
    if (routineIds.has(id)) throw new InvalidDoc(`Two routines have the id '${id}': each routine needs its own id`);
    routineIds.add(id);
  }

  if (node.marks !== undefined) checkMarks(node.marks, s);
  if (node.content !== undefined) {
    if (!Array.isArray(node.content)) throw new InvalidDoc(`The content of node '${type}' must be a list`);
    for (const child of node.content) checkNode(child, depth + 1, s, routineIds);
  }
}

function serializedBytes(input: unknown): number {
  const json = JSON.stringify(input);
  if (json === undefined) throw new InvalidDoc('The document is not JSON');
  return new TextEncoder().encode(json).length;
}

/**
 * The gatekeeper for every saved guide document: size, known node and mark types, attribute
 * values, content structure, and the link/image address policy.
 */
export function validateDoc(input: unknown): ValidateResult {
  const s = guideSchema();
  try {
    let bytes: number;
    try {
      bytes = serializedBytes(input);
    } catch (error) {
      if (error instanceof InvalidDoc) throw error;
      throw new InvalidDoc('The document is not JSON or is nested too deeply');
    }
    if (bytes > MAX_DOC_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new InvalidDoc(`The document is too large (${mb(bytes)} MB; the limit is ${mb(MAX_DOC_BYTES)} MB)`);
    }
    if (!isPlainObject(input) || input.type !== 'doc')
      throw new InvalidDoc("The document must be an object of type 'doc'");
    if (!Array.isArray(input.content)) throw new InvalidDoc('The document has no content list');

    checkNode(input, 0, s, new Set());

    try {
      s.nodeFromJSON(input).check();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new InvalidDoc(`The document structure is not valid: ${reason}`);
    }
    return { ok: true, doc: input as GuideDoc };
  } catch (error) {
    if (error instanceof InvalidDoc) return { ok: false, error: error.message };
    throw error;
  }
}
