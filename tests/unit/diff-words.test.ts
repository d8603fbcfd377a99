import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, diffWords, normalizeOps, tokenize } from '@/lib/diff/words';
import type { Op } from '@/lib/diff';
import { oldSide, newSide } from './diff-check';
import { arbSentence } from './diff-arbitraries';

const changedText = (ops: Op[]) =>
  ops.filter((o) => o.op !== 'equal').map((o) => `${o.op === 'delete' ? '-' : '+'}${o.text}`);

describe('tokenize', () => {
  it('keeps Norwegian words whole and splits punctuation and whitespace', () => {
    expect(tokenize('Søk først på blåbær-møte, ærlig!')).toEqual([
      'Søk',
      ' ',
      'først',
      ' ',
      'på',
      ' ',
      'blåbær',
      '-',
      'møte',
      ',',
      ' ',
      'ærlig',
      '!',
    ]);
    expect(countWords('Søk først på blåbær-møte, ærlig!')).toBe(6);
  });
});

describe('diffWords', () => {
  it('marks an inserted word and a changed punctuation mark', () => {
    const { ops } = diffWords('Search first, to avoid duplicates.', 'Search always first, to avoid duplicates!');
    expect(ops).toEqual([
      { op: 'equal', text: 'Search ' },
      { op: 'insert', text: 'always ' },
      { op: 'equal', text: 'first, to avoid duplicates' },
      { op: 'delete', text: '.' },
      { op: 'insert', text: '!' },
    ]);
  });

  it('replaces whole words, never parts of one', () => {
    const { ops } = diffWords('Søk i blåbær nå', 'Søk i bringebær nå');
    expect(changedText(ops)).toEqual(['-blåbær', '+bringebær']);
  });

  it('shows a whitespace-only change without changing any word', () => {
    const { ops } = diffWords('one two', 'one   two');
    expect(oldSide(ops)).toBe('one two');
    expect(newSide(ops)).toBe('one   two');
    expect(ops.filter((o) => o.op !== 'equal').every((o) => o.text.trim() === '')).toBe(true);
  });

  it('keeps a change in one run when the words around it differ', () => {
    const { ops } = diffWords('a b c d', 'a x y d');
    expect(ops).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'delete', text: 'b c' },
      { op: 'insert', text: 'x y' },
      { op: 'equal', text: ' d' },
    ]);
  });

  it('prefers keeping words over keeping punctuation', () => {
    // Matching all three commas would delete and insert "kontakt": two changed words instead of none.
    const { ops } = diffWords('kontakt, , ,', ', , , kontakt');
    expect(countWords(changedText(ops).join(' '))).toBe(0);
    expect(ops.some((o) => o.op === 'equal' && o.text.includes('kontakt'))).toBe(true);
  });

  it('reconstructs both texts and merges adjacent ops', () => {
    fc.assert(
      fc.property(arbSentence, arbSentence, (a, b) => {
        const { ops } = diffWords(a, b);
        expect(oldSide(ops)).toBe(a);
        expect(newSide(ops)).toBe(b);
        ops.forEach((op, k) => {
          expect(op.text).not.toBe('');
          if (k > 0) expect(op.op).not.toBe(ops[k - 1].op);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('shows a pair past the edit limit as replaced', () => {
    const { ops, limitExceeded } = diffWords('a b c d e f', 'u v w x y z', 2);
    expect(limitExceeded).toBe(true);
    expect(ops).toEqual([
      { op: 'delete', text: 'a b c d e f' },
      { op: 'insert', text: 'u v w x y z' },
    ]);
  });

  // How long it takes is measured by `npm run bench`; here, that the bound is applied.
  it('gives up word by word on two 20,000-word texts with nothing in common', () => {
    const words = (prefix: string) => Array.from({ length: 20_000 }, (_, i) => `${prefix}${i}`).join(' ');
    const a = words('alfa');
    const b = words('beta');
    const { ops, limitExceeded } = diffWords(a, b);
    expect(limitExceeded).toBe(true);
    expect(ops).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });
});

describe('normalizeOps', () => {
  it('merges neighbours, drops empty text and puts deletions before insertions', () => {
    expect(
      normalizeOps([
        { op: 'equal', text: 'a' },
        { op: 'insert', text: 'x' },
        { op: 'delete', text: 'b' },
        { op: 'insert', text: '' },
        { op: 'delete', text: 'c' },
        { op: 'equal', text: 'd' },
        { op: 'equal', text: 'e' },
      ]),
    ).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: 'bc' },
      { op: 'insert', text: 'x' },
      { op: 'equal', text: 'de' },
    ]);
  });
});
