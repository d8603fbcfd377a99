import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords as jsdiffWords } from 'diff';
import { diffDocs } from '@/lib/diff';
import { countWords } from '@/lib/diff/words';
import { blockPlainText } from '@/lib/doc/text';
import type { GuideDoc } from '@/lib/doc/types';
import { applyEdits, arbDoc, arbEdit } from './diff-arbitraries';
import { checkDiff } from './diff-check';

const arbEditedPair = fc
  .tuple(arbDoc, fc.array(arbEdit, { minLength: 0, maxLength: 8 }))
  .map(([a, edits]): [GuideDoc, GuideDoc] => [a, applyEdits(a, edits)]);

/**
 * Allowed excess of changed words over jsdiff's diffWords on the same two texts. Zero: the word
 * diff matches a longest common subsequence of words before it looks at punctuation, so it never
 * changes more words than any other alignment (for text whose words both tokenizers agree on,
 * which covers Latin script with æøå; the generated text is all that).
 */
const SLACK_WORDS = 0;

function changedWords(parts: { text: string; changed: boolean }[]): number {
  return parts.filter((p) => p.changed).reduce((n, p) => n + countWords(p.text), 0);
}

describe('diffDocs properties', () => {
  it('reconstructs both revisions of every block from its ops, in order, for random edits', () => {
    fc.assert(
      fc.property(arbEditedPair, ([a, b]) => {
        checkDiff(a, b, diffDocs(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it('reconstructs both revisions for unrelated documents', () => {
    fc.assert(
      fc.property(arbDoc, arbDoc, (a, b) => {
        checkDiff(a, b, diffDocs(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it('finds no change between a document and itself or a copy with reordered keys', () => {
    fc.assert(
      fc.property(arbDoc, (a) => {
        const reordered = JSON.parse(JSON.stringify(a), (_key, value: unknown) =>
          value && typeof value === 'object' && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse())
            : value,
        ) as GuideDoc;
        for (const b of [a, reordered]) {
          const d = diffDocs(a, b);
          expect(d.blocks.map((x) => x.status)).toEqual(a.content.map(() => 'equal'));
          expect(d.blocks.map((x) => x.oldIndex)).toEqual(a.content.map((_, i) => i));
          expect(d.summary).toMatchObject({
            routinesAdded: 0,
            routinesRemoved: 0,
            routinesMoved: 0,
            routinesChanged: 0,
            blocksAdded: 0,
            blocksRemoved: 0,
            blocksChanged: 0,
            ownerChanges: [],
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it(`changes no more words than jsdiff's diffWords (+${SLACK_WORDS}) inside edited blocks`, () => {
    fc.assert(
      fc.property(arbEditedPair, ([a, b]) => {
        for (const block of diffDocs(a, b).blocks) {
          if (block.oldIndex === null || block.newIndex === null || block.limitExceeded) continue;
          const oldText = blockPlainText(a.content[block.oldIndex]);
          const newText = blockPlainText(b.content[block.newIndex]);
          const ours = changedWords(block.ops.map((o) => ({ text: o.text, changed: o.op !== 'equal' })));
          const theirs = changedWords(
            jsdiffWords(oldText, newText).map((c) => ({ text: c.value, changed: c.added || c.removed })),
          );
          expect(ours).toBeLessThanOrEqual(theirs + SLACK_WORDS);
        }
      }),
      { numRuns: 400 },
    );
  });
});
