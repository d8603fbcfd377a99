import type { JSONNode, Mark } from '@/lib/doc/types';
import { canonicalJson } from '@/lib/diff/canonical';

/**
 * Gives each distinct string a small integer, so sequences of blocks or words can be compared as
 * integers. Unlike a numeric hash it cannot collide.
 */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const TWO_32 = 4294967296;
const P1 = 2654435761;
const P2 = 1597334677;

function isBlankAttr(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Second lane of the last `stringHash2`, `attrsHash` or `marksHash` call (saves an allocation). */
let lane2 = 0;

/** Two 32-bit hashes of a string in one pass: returns the first, leaves the second in `lane2`. */
function stringHash2(text: string, seed: number): number {
  let h1 = seed ^ text.length;
  let h2 = Math.imul(seed, 0x9e3779b1) ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, P1);
    h2 = Math.imul(h2 ^ c, P2);
  }
  lane2 = fmix(h2);
  return fmix(h1);
}

/** Attribute values with their kind, so 2 and "2" differ as they do in canonical JSON. */
function valueHash2(value: unknown): number {
  if (typeof value === 'string') return stringHash2(value, 0x3c6ef372);
  if (typeof value === 'number' || typeof value === 'boolean') return stringHash2(String(value), 0xa54ff53a);
  return stringHash2(canonicalJson(value), 0x510e527f);
}

/** Order-insensitive hash of the set attributes: a sum of per-attribute hashes, per lane. */
function attrsHash(attrs: Record<string, unknown> | undefined): number {
  let sum1 = 0;
  let sum2 = 0;
  for (const key in attrs) {
    const value = attrs[key];
    if (isBlankAttr(value)) continue;
    const k1 = stringHash2(key, 0x9b05688c);
    const k2 = lane2;
    const v1 = valueHash2(value);
    const v2 = lane2;
    sum1 = (sum1 + fmix(k1 ^ Math.imul(v1, 0x27d4eb2d))) >>> 0;
    sum2 = (sum2 + fmix(k2 ^ Math.imul(v2, 0x165667b1))) >>> 0;
  }
  lane2 = sum2;
  return sum1;
}

function marksHash(marks: readonly Mark[]): number {
  let sum1 = 0;
  let sum2 = 0;
  for (const mark of marks) {
    const a1 = attrsHash((mark as { attrs?: Record<string, unknown> }).attrs);
    const a2 = lane2;
    const t1 = stringHash2(mark.type, 0x1f83d9ab);
    const t2 = lane2;
    sum1 = (sum1 + fmix(t1 ^ Math.imul(a1, 0x27d4eb2d))) >>> 0;
    sum2 = (sum2 + fmix(t2 ^ Math.imul(a2, 0x165667b1))) >>> 0;
  }
  lane2 = sum2;
  return sum1;
}

/**
 * Content hash of a node, equal for nodes with equal canonical JSON (`canonicalJson`: attribute
 * and mark order ignored, unset attributes dropped) without building that JSON: two 32-bit lanes
 * fed with the characters and numbers directly, finished like cyrb53 into 53 bits. Hashing two
 * 1 MB guides this way takes a few milliseconds; serializing them would take tens. Equal hashes
 * are confirmed with `sameNode` wherever the answer is shown to a reader.
 */
export function nodeHash(node: JSONNode): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const type = node.type;
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, P1);
    h2 = Math.imul(h2 ^ c, P2);
  }
  // Unset attributes (and `attrs: {}`) hash like absent ones, as in canonicalJson.
  const a1 = attrsHash(node.attrs);
  const a2 = lane2;
  if (a1 !== 0 || a2 !== 0) {
    h1 = Math.imul(h1 ^ 0x100 ^ a1, P1);
    h2 = Math.imul(h2 ^ 0x100 ^ a2, P2);
  }
  if (node.marks && node.marks.length > 0) {
    const m1 = marksHash(node.marks);
    h1 = Math.imul(h1 ^ 0x101 ^ m1, P1);
    h2 = Math.imul(h2 ^ 0x101 ^ lane2, P2);
  }
  const text = node.text;
  if (text !== undefined) {
    const value = typeof text === 'string' ? text : canonicalJson(text);
    h1 = Math.imul(h1 ^ 0x102 ^ value.length, P1);
    h2 = Math.imul(h2 ^ 0x102 ^ value.length, P2);
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, P1);
      h2 = Math.imul(h2 ^ c, P2);
    }
  }
  const content = node.content;
  if (content && content.length > 0) {
    h1 = Math.imul(h1 ^ 0x103 ^ content.length, P1);
    h2 = Math.imul(h2 ^ 0x103 ^ content.length, P2);
    for (let i = 0; i < content.length; i++) {
      const child = nodeHash(content[i]);
      const lo = child >>> 0;
      const hi = Math.floor(child / TWO_32);
      h1 = Math.imul(h1 ^ lo, P1);
      h2 = Math.imul(h2 ^ hi, P2);
      h1 = Math.imul(h1 ^ hi, P1);
      h2 = Math.imul(h2 ^ lo, P2);
    }
  }
  for (const key in node) {
    if (!NODE_KEYS.has(key)) {
      const extra = canonicalJson(Object.fromEntries(Object.entries(node).filter(([k]) => !NODE_KEYS.has(k))));
      if (extra !== '{}') {
        const e1 = stringHash2(extra, 0x6a09e667);
        h1 = Math.imul(h1 ^ e1, P1);
        h2 = Math.imul(h2 ^ lane2, P2);
      }
      break;
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return TWO_32 * (2097151 & h2) + (h1 >>> 0);
}

function sameAttrs(x: Record<string, unknown> | undefined, y: Record<string, unknown> | undefined): boolean {
  if (x === y) return true;
  let count = 0;
  for (const key in x) {
    const value = x[key];
    if (isBlankAttr(value)) continue;
    count++;
    const other = y?.[key];
    if (value === other) continue;
    if (typeof value !== 'object' || typeof other !== 'object' || canonicalJson(value) !== canonicalJson(other))
      return false;
  }
  for (const key in y) if (!isBlankAttr(y[key])) count--;
  return count === 0;
}

function sameMark(x: Mark, y: Mark): boolean {
  return (
    x.type === y.type &&
    sameAttrs((x as { attrs?: Record<string, unknown> }).attrs, (y as { attrs?: Record<string, unknown> }).attrs)
  );
}

function sameMarks(x: readonly Mark[] | undefined, y: readonly Mark[] | undefined): boolean {
  const a = x ?? [];
  const b = y ?? [];
  if (a.length !== b.length) return false;
  if (a.every((mark, i) => sameMark(mark, b[i]))) return true;
  const key = (marks: readonly Mark[]) =>
    marks
      .map((mark) => canonicalJson(mark))
      .sort()
      .join('\u0000');
  return key(a) === key(b);
}

/** Whether two nodes have equal canonical JSON, compared in place. */
export function sameNode(x: JSONNode, y: JSONNode): boolean {
  if (x === y) return true;
  if (x.type !== y.type || x.text !== y.text) return false;
  if (!sameAttrs(x.attrs, y.attrs) || !sameMarks(x.marks, y.marks)) return false;
  const a = x.content ?? [];
  const b = y.content ?? [];
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameNode(a[i], b[i])) return false;
  let extra = false;
  for (const key in x) if (!NODE_KEYS.has(key)) extra = true;
  for (const key in y) if (!NODE_KEYS.has(key)) extra = true;
  if (!extra) return true;
  const rest = (node: JSONNode) =>
    canonicalJson(Object.fromEntries(Object.entries(node).filter(([k]) => !NODE_KEYS.has(k))));
  return rest(x) === rest(y);
}

/** cyrb53: a fast, well-mixed 53-bit string hash, stable across runs and platforms. */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A stable hash of a block's canonical JSON, as 14 hex digits: equal for equal blocks whatever
 * their key order, for callers that store or compare block fingerprints.
 */
export function blockHash(node: JSONNode): string {
  return hash53(canonicalJson(node)).toString(16).padStart(14, '0');
}
