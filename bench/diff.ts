import { diffWords } from 'diff';
import { diffDocs } from '@/lib/diff';
import { blockPlainText } from '@/lib/doc/text';
import type { GuideDoc } from '@/lib/doc/types';
import { withChangedBlocks } from './large-guide';
import { ratio, round, summarize, timeRuns } from './stats';

export type DiffCase = {
  name: string;
  changedBlocks: number;
  totalBlocks: number;
  runs: number;
  oursP50: number;
  oursP99: number;
  /** p50 when each run diffs freshly parsed revisions, as the app does: their garbage lands in the diff. */
  oursFreshP50: number;
  changedReported: number;
  jsdiffRuns: number;
  jsdiffP50: number;
  jsdiffTimedOut: boolean;
  ratio: number;
  aimMs: number;
};

const plainText = (doc: GuideDoc) => doc.content.map((block) => blockPlainText(block)).join('\n');

// jsdiff is the baseline, not the subject: past this it gives up, and the row says so.
const JSDIFF_TIMEOUT_MS = 20_000;

type Edit = { doc: GuideDoc; changed: number };

const reversed = (doc: GuideDoc): Edit => ({
  doc: { type: 'doc', content: [...doc.content].reverse() },
  changed: doc.content.length,
});

/** Milliseconds of each diff of freshly parsed revisions; the parsing itself is not timed. */
async function freshRuns(runs: number, oldJson: string, newJson: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [oldDoc, newDoc] = [JSON.parse(oldJson) as GuideDoc, JSON.parse(newJson) as GuideDoc];
    out.push(...(await timeRuns(1, () => diffDocs(oldDoc, newDoc))));
  }
  return out;
}

async function diffCase(
  name: string,
  base: GuideDoc,
  edit: Edit,
  runs: number,
  jsdiffRuns: number,
  aimMs: number,
): Promise<DiffCase> {
  const { doc: changed, changed: changedBlocks } = edit;
  // Warm-up, also a check that the diff saw the edits.
  const check = diffDocs(base, changed);
  const changedReported = check.blocks.filter((b) => b.status !== 'equal').length;
  const ours = summarize(await timeRuns(runs, () => diffDocs(base, changed)));
  const fresh = summarize(await freshRuns(runs, JSON.stringify(base), JSON.stringify(changed)));

  const oldText = plainText(base);
  const newText = plainText(changed);
  // A baseline that gives up on its warm-up is timed once, not again for every run.
  let warmUpResult: unknown;
  const [warmUpMs] = await timeRuns(1, () => {
    warmUpResult = diffWords(oldText, newText, { timeout: JSDIFF_TIMEOUT_MS });
  });
  const jsdiffTimedOut = warmUpResult === undefined;
  const js = summarize(
    jsdiffTimedOut
      ? [warmUpMs]
      : await timeRuns(jsdiffRuns, () => diffWords(oldText, newText, { timeout: JSDIFF_TIMEOUT_MS })),
  );
  return {
    name,
    changedBlocks,
    totalBlocks: base.content.length,
    runs,
    oursP50: round(ours.p50),
    oursP99: round(ours.p99),
    oursFreshP50: round(fresh.p50),
    changedReported,
    jsdiffRuns: jsdiffTimedOut ? 1 : jsdiffRuns,
    jsdiffP50: round(js.p50),
    jsdiffTimedOut,
    ratio: ratio(ours.p50, js.p50),
    aimMs,
  };
}

/** diffDocs on the large guide against jsdiff's diffWords on the same documents' plain text. */
export async function benchDiff(
  base: GuideDoc,
  options: { runs?: number; fullRuns?: number; jsdiffFullRuns?: number } = {},
): Promise<DiffCase[]> {
  const { runs = 30, fullRuns = 15, jsdiffFullRuns = 5 } = options;
  return [
    await diffCase('1% of blocks changed', base, withChangedBlocks(base, 0.01, 7), runs, runs, 20),
    await diffCase('every block changed', base, withChangedBlocks(base, 1, 7), fullRuns, jsdiffFullRuns, 500),
    // Every block moves; jsdiff, which sees only text, gives up on this one.
    await diffCase('every block moved (reverse order)', base, reversed(base), fullRuns, jsdiffFullRuns, 500),
  ];
}
