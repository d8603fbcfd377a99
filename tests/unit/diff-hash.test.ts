import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/diff/canonical';
import { blockHash, nodeHash, sameNode } from '@/lib/diff/hash';
import type { JSONNode } from '@/lib/doc/types';
import { arbBlock } from './diff-arbitraries';

/** The same node as another writer might produce it: keys reversed, unset values spelled out. */
function respell(node: JSONNode, spell: boolean): JSONNode {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(node).reverse();
  for (const key of keys) {
    const value = (node as Record<string, unknown>)[key];
    if (key === 'content') out.content = (value as JSONNode[]).map((child) => respell(child, !spell));
    else if (key === 'attrs')
      out.attrs = {
        ...(spell ? { extra: null, blank: '' } : {}),
        ...Object.fromEntries(Object.entries(value as object).reverse()),
      };
    else if (key === 'marks') out.marks = [...(value as unknown[])].reverse();
    else out[key] = value;
  }
  if (spell && !('marks' in out) && node.type === 'text') out.marks = [];
  if (spell && !('attrs' in out)) out.attrs = {};
  return out as JSONNode;
}

describe('block identity', () => {
  it('ignores key order, mark order and unset attributes', () => {
    fc.assert(
      fc.property(arbBlock, fc.boolean(), (node, spell) => {
        const other = respell(node, spell);
        expect(canonicalJson(other)).toBe(canonicalJson(node));
        expect(blockHash(other)).toBe(blockHash(node));
        expect(sameNode(node, other)).toBe(true);
        expect(nodeHash(other)).toBe(nodeHash(node));
      }),
      { numRuns: 300 },
    );
  });

  it('tells different blocks apart exactly when their canonical JSON differs', () => {
    fc.assert(
      fc.property(arbBlock, arbBlock, (x, y) => {
        const equal = canonicalJson(x) === canonicalJson(y);
        expect(sameNode(x, y)).toBe(equal);
        expect(nodeHash(x) === nodeHash(y)).toBe(equal);
      }),
      { numRuns: 500 },
    );
  });

  it('distinguishes a number attribute from the same digits as text', () => {
    const a: JSONNode = { type: 'heading', attrs: { level: 2 } };
    const b: JSONNode = { type: 'heading', attrs: { level: '2' } };
    expect(nodeHash(a)).not.toBe(nodeHash(b));
    expect(sameNode(a, b)).toBe(false);
  });
});
