import type { JSONNode } from '@/lib/doc/types';
import type { AttrChange, Op } from '@/lib/diff/types';
import { canonicalJson } from '@/lib/diff/canonical';
import type { RichText, Run } from '@/lib/diff/text';
import { diffWords } from '@/lib/diff/words';

/** Attribute names shown first, in this order; the rest follow alphabetically. */
const ATTR_ORDER = ['title', 'what', 'owner', 'ownerEmail', 'reviewBy', 'id', 'level', 'kind', 'language', 'start'];

/** Attribute values as text; absent, null and '' all mean "not set". */
function attrText(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return canonicalJson(value);
}

function attributeChanges(oldNode: JSONNode, newNode: JSONNode): AttrChange[] {
  const oldAttrs = oldNode.attrs ?? {};
  const newAttrs = newNode.attrs ?? {};
  const names = new Set([...Object.keys(oldAttrs), ...Object.keys(newAttrs)]);
  const ordered = [
    ...ATTR_ORDER.filter((name) => names.has(name)),
    ...[...names].filter((name) => !ATTR_ORDER.includes(name)).sort(),
  ];
  const changes: AttrChange[] = [];
  for (const name of ordered) {
    const from = attrText(oldAttrs[name]);
    const to = attrText(newAttrs[name]);
    if (from !== to) changes.push({ name, from, to });
  }
  return changes;
}

/**
 * Link or image targets that differ: those only in the old list paired, in order, with those only
 * in the new list, so one edited link reads as "from X to Y".
 */
function targetChanges(name: string, oldTargets: readonly string[], newTargets: readonly string[]): AttrChange[] {
  const remaining = new Map<string, number>();
  for (const target of newTargets) remaining.set(target, (remaining.get(target) ?? 0) + 1);
  const removed: string[] = [];
  for (const target of oldTargets) {
    const left = remaining.get(target) ?? 0;
    if (left > 0) remaining.set(target, left - 1);
    else removed.push(target);
  }
  const added: string[] = [];
  const used = new Map<string, number>();
  const oldCount = new Map<string, number>();
  for (const target of oldTargets) oldCount.set(target, (oldCount.get(target) ?? 0) + 1);
  for (const target of newTargets) {
    const seen = used.get(target) ?? 0;
    used.set(target, seen + 1);
    if (seen >= (oldCount.get(target) ?? 0)) added.push(target);
  }
  const changes: AttrChange[] = [];
  for (let i = 0; i < Math.max(removed.length, added.length); i++) {
    changes.push({ name, from: removed[i] ?? null, to: added[i] ?? null });
  }
  return changes;
}

/** Index of the run that holds character `pos`. */
function runAt(runs: readonly Run[], pos: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** True when some character that the word diff keeps has different formatting in the two texts. */
function formattingDiffers(ops: readonly Op[], oldRich: RichText, newRich: RichText): boolean {
  let posA = 0;
  let posB = 0;
  for (const { op, text } of ops) {
    if (op === 'equal') {
      let ra = runAt(oldRich.runs, posA);
      let rb = runAt(newRich.runs, posB);
      const endA = posA + text.length;
      let a = posA;
      let b = posB;
      while (a < endA) {
        if (oldRich.runs[ra].key !== newRich.runs[rb].key) return true;
        const step = Math.min(oldRich.runs[ra].end - a, newRich.runs[rb].end - b, endA - a);
        a += step;
        b += step;
        if (a >= oldRich.runs[ra].end) ra++;
        if (b >= newRich.runs[rb].end) rb++;
      }
    }
    if (op !== 'insert') posA += text.length;
    if (op !== 'delete') posB += text.length;
  }
  return false;
}

export type PairDiff = {
  ops: Op[];
  attrChanges: AttrChange[];
  formatChanged: boolean;
  limitExceeded: boolean;
};

/** Compares two different blocks taken to be the same block in two revisions. */
export function diffPair(
  oldNode: JSONNode,
  newNode: JSONNode,
  oldRich: RichText,
  newRich: RichText,
  maxEditDistance: number,
): PairDiff {
  const { ops, limitExceeded } = diffWords(oldRich.text, newRich.text, maxEditDistance);
  const attrChanges = [
    ...attributeChanges(oldNode, newNode),
    ...targetChanges('link', oldRich.links, newRich.links),
    ...targetChanges('image', oldRich.images, newRich.images),
  ];
  const textEqual = oldRich.text === newRich.text;
  // What is left when neither words nor attributes differ is structure (a list turned into
  // paragraphs, a nested node's attribute): still a change the reader must be able to see.
  const formatChanged = formattingDiffers(ops, oldRich, newRich) || (textEqual && attrChanges.length === 0);
  return { ops, attrChanges, formatChanged, limitExceeded };
}
