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

async function diffCase(
  name: string,
  base: GuideDoc,
  fraction: number,
  runs: number,
  jsdiffRuns: number,
  aimMs: number,
): Promise<DiffCase> {
  const { doc: changed, changed: changedBlocks } = withChangedBlocks(base, fraction, 7);
  // Warm-up, also a check that the diff saw the edits.
  const check = diffDocs(base, changed);
  const changedReported = check.blocks.filter((b) => b.status !== 'equal').length;
  const ours = summarize(await timeRuns(runs, () => diffDocs(base, changed)));

  const oldText = plainText(base);
  const newText = plainText(changed);
  let jsdiffTimedOut = false;
  diffWords(oldText, newText, { timeout: JSDIFF_TIMEOUT_MS });
  const js = summarize(
    await timeRuns(jsdiffRuns, () => {
      if (diffWords(oldText, newText, { timeout: JSDIFF_TIMEOUT_MS }) === undefined) jsdiffTimedOut = true;
    }),
  );
  return {
    name,
    changedBlocks,
    totalBlocks: base.content.length,
    runs,
    oursP50: round(ours.p50),
    oursP99: round(ours.p99),
    changedReported,
    jsdiffRuns,
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
  return [
    await diffCase('1% of blocks changed', base, 0.01, options.runs ?? 30, options.runs ?? 30, 20),
    await diffCase('every block changed', base, 1, options.fullRuns ?? 15, options.jsdiffFullRuns ?? 5, 500),
  ];
}
