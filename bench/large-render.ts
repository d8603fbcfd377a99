import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@/tests/helpers/client';
import type { GuideDoc } from '@/lib/doc/types';
import { renderGuideHtml, type RenderLabels } from '@/lib/render/html';
import { tiptapGuideHtml } from '@/tests/helpers/tiptap-html';
import { round } from './stats';

export type LargeRenderFigures = {
  routines: number;
  jsonBytes: number;
  /** The renderer alone, in a process of its own: time, RSS before (the document) and peak. */
  renderMs: number;
  /** CPU time of the render: on a loaded machine, closer to what it costs than the wall time. */
  renderCpuMs: number;
  renderRssBeforeMb: number;
  renderPeakRssMb: number;
  htmlBytes: number;
  /** Baseline: the former renderer (tiptap generateHTML on happy-dom) on the 500-routine guide, and ours on it. */
  baseline500Ms: number;
  ours500Ms: number;
  /** Three readers at once on the freshly published guide: time until all three had the page. */
  firstThreeReadersMs: number;
  firstPageBytes: number;
  /** One reader once it is rendered. */
  cachedReaderMs: number;
  compare: { name: string; ms: number; bytes: number }[];
  aim: { renderMs: number; renderMb: number; compareMs: number; compareBytes: number };
};

const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

async function timed(run: () => Promise<number>): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const bytes = await run();
  return { ms: round(performance.now() - started, 0), bytes };
}

async function pageBytes(client: Client, path: string): Promise<number> {
  const res = await client.fetch(path);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return Buffer.byteLength(text);
}

/**
 * Issue 10 item 8: the 24,000-routine guide's first render (in this process, and as three readers
 * asking the server at once) and compare of its versions, beside the former renderer on 500 routines.
 */
export async function benchLargeRender(options: {
  doc: GuideDoc;
  doc500: GuideDoc;
  labels: RenderLabels;
  client: Client;
  guideId: number;
  compares: { name: string; from: string; to: string }[];
}): Promise<LargeRenderFigures> {
  const { doc, labels, client, guideId } = options;
  // The server first, while its sign-in is fresh (an idle keep-alive connection may be closed).
  const first = await timed(async () => {
    const sizes = await Promise.all([1, 2, 3].map(() => pageBytes(client, `/guides/${guideId}`)));
    return sizes[0];
  });
  const cached = await timed(() => pageBytes(client, `/guides/${guideId}`));
  const compare: LargeRenderFigures['compare'] = [];
  for (const c of options.compares) {
    const r = await timed(() => pageBytes(client, `/guides/${guideId}/compare?from=${c.from}&to=${c.to}&view=side`));
    compare.push({ name: c.name, ms: r.ms, bytes: r.bytes });
  }

  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'render-child.ts');
  const routines = doc.content.filter((n) => n.type === 'routine').length;
  const alone = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', child, String(routines)], { encoding: 'utf8' }),
  ) as { ms: number; cpuMs: number; htmlBytes: number; rssBefore: number; peakRss: number };

  let t = performance.now();
  tiptapGuideHtml(options.doc500, labels);
  const baseline500Ms = round(performance.now() - t, 0);
  t = performance.now();
  renderGuideHtml(options.doc500, labels);
  const ours500Ms = round(performance.now() - t, 0);

  return {
    routines,
    jsonBytes: Buffer.byteLength(JSON.stringify(doc)),
    renderMs: round(alone.ms, 0),
    renderCpuMs: round(alone.cpuMs, 0),
    renderRssBeforeMb: mb(alone.rssBefore),
    renderPeakRssMb: mb(alone.peakRss),
    htmlBytes: alone.htmlBytes,
    baseline500Ms,
    ours500Ms,
    firstThreeReadersMs: first.ms,
    firstPageBytes: first.bytes,
    cachedReaderMs: cached.ms,
    compare,
    aim: { renderMs: 3000, renderMb: 500, compareMs: 3000, compareBytes: 5 * 1024 * 1024 },
  };
}
