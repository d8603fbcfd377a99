import { describe, expect, it } from 'vitest';
import { diffDocs } from '@/lib/diff';
import type { GuideDoc } from '@/lib/doc/types';
import { editSomeBlocks, largeGuide } from './diff-arbitraries';

// Measures, does not assert, timings (they depend on the machine): run this file to see them.
// "fresh": each run parses both revisions afresh, as the app does when it loads them; parsing is
// not timed, but collecting its garbage (2 MB of JSON a run) often lands inside the diff.
// "steady": the same parsed revisions diffed run after run, no other allocation: the diff's cost.

function p50(times: number[]): string {
  const sorted = [...times].sort((x, y) => x - y);
  return `p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (max ${sorted[sorted.length - 1].toFixed(1)})`;
}

function measure(a: string, b: string, runs: number): string {
  const fresh: number[] = [];
  for (let i = 0; i < runs; i++) {
    const oldDoc = JSON.parse(a) as GuideDoc;
    const newDoc = JSON.parse(b) as GuideDoc;
    const start = performance.now();
    diffDocs(oldDoc, newDoc);
    fresh.push(performance.now() - start);
  }
  const steady: number[] = [];
  const oldDoc = JSON.parse(a) as GuideDoc;
  const newDoc = JSON.parse(b) as GuideDoc;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    diffDocs(oldDoc, newDoc);
    steady.push(performance.now() - start);
  }
  return `fresh ${p50(fresh)}; steady ${p50(steady)}`;
}

describe('diff performance (500 routines, ~1 MB of JSON)', () => {
  const guide = largeGuide(500);
  const oldJson = JSON.stringify(guide);

  it('diffs a revision with 1% of the blocks changed', () => {
    const changed = editSomeBlocks(guide, 0.01);
    const d = diffDocs(guide, changed);
    expect(d.summary.routinesChanged + d.summary.blocksChanged).toBe(Math.ceil(guide.content.length / 100));
    measure(oldJson, JSON.stringify(changed), 5); // warm-up
    console.log(
      `diff, ${(oldJson.length / 1e6).toFixed(2)} MB, ${guide.content.length} blocks, 1% changed: ${measure(oldJson, JSON.stringify(changed), 31)}`,
    );
  });

  it('diffs a revision with every block changed', () => {
    const changed = editSomeBlocks(guide, 1);
    const d = diffDocs(guide, changed);
    expect(d.summary.routinesChanged).toBe(500);
    expect(d.blocks.every((block) => block.status === 'changed')).toBe(true);
    measure(oldJson, JSON.stringify(changed), 2);
    console.log(`diff, every block changed: ${measure(oldJson, JSON.stringify(changed), 9)}`);
  });

  it('diffs a revision with every routine moved to the reverse order', () => {
    const reversed: GuideDoc = { type: 'doc', content: [...guide.content].reverse() };
    const d = diffDocs(guide, reversed);
    expect(d.blocks).toHaveLength(guide.content.length);
    measure(oldJson, JSON.stringify(reversed), 1);
    console.log(`diff, all blocks reversed: ${measure(oldJson, JSON.stringify(reversed), 5)}`);
  });
});
