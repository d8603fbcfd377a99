import type { Client } from '@/tests/helpers/client';
import { getDraft, saveDraft } from '@/tests/helpers/guides';
import { changeOneWord } from './large-guide';
import { round, summarize } from './stats';

export type DraftSaveFigures = {
  saves: number;
  docJsonBytes: number;
  p50: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
};

/**
 * Autosave as the editor does it: PUT the whole document with one word changed, based on the
 * version the previous save returned, one after the other. Timed from the request until the
 * answer is read, JSON encoding of the body included.
 */
export async function benchDraftSave(client: Client, guideId: number, saves = 50): Promise<DraftSaveFigures> {
  const draft = await getDraft(client, guideId);
  const doc = draft.doc;
  let version = draft.version;
  const docJsonBytes = Buffer.byteLength(JSON.stringify(doc));
  const times: number[] = [];
  // One untimed save first, so the route's first-call costs are not in the figures.
  for (let i = -1; i < saves; i++) {
    changeOneWord(doc, ((i + 1) * 13) % doc.content.length, 1000 + i);
    const start = performance.now();
    const res = await saveDraft(client, guideId, version, doc);
    const body = (await res.json()) as { version?: number };
    const took = performance.now() - start;
    if (res.status !== 200 || typeof body.version !== 'number')
      throw new Error(`draft save answered ${res.status}: ${JSON.stringify(body).slice(0, 200)}`);
    version = body.version;
    if (i >= 0) times.push(took);
  }
  const s = summarize(times);
  return {
    saves,
    docJsonBytes,
    p50: round(s.p50, 1),
    p99: round(s.p99, 1),
    min: round(s.min, 1),
    max: round(s.max, 1),
    mean: round(s.mean, 1),
  };
}
