import { asc, eq } from 'drizzle-orm';
import type { Client } from '@/tests/helpers/client';
import { revisions } from '@/db/schema';
import type { Actor } from '@/lib/actor';
import { generateGuide } from './large-guide';
import { editRevisions, type DataLayer } from './data';
import { ratio, round, summarize } from './stats';

export type HistoryPage = { label: string; revisions: number; path: string };
export type HistoryGuides = {
  pages: { few: HistoryPage; fullPage: HistoryPage; many: HistoryPage; manyOldest: HistoryPage };
  setupSeconds: number;
};

/**
 * Small guides through the real data layer, with `few`, one page (50) and `many` revisions, each
 * revision a one-word edit kept with "Save version". Run before the server starts, so the server
 * never waits on these writes.
 */
export function createHistoryGuides(data: DataLayer, actor: Actor, few = 10, many = 10_000): HistoryGuides {
  const start = performance.now();
  const make = (count: number) => {
    const doc = generateGuide(10, count);
    const { id } = data.createGuide(actor, {
      title: `Historikk med ${count} versjoner`,
      language: 'nb',
      frontMatter: {},
      doc,
    });
    editRevisions(data, actor, id, doc, count);
    return id;
  };
  const fewId = make(few);
  const pageId = make(data.HISTORY_PAGE_SIZE);
  const manyId = make(many);
  // The page the "older" links lead to last: keyset paging should make it as fast as the first.
  const oldest = data
    .db()
    .select({ id: revisions.id })
    .from(revisions)
    .where(eq(revisions.guideId, manyId))
    .orderBy(asc(revisions.id))
    .limit(1)
    .offset(data.HISTORY_PAGE_SIZE)
    .get()!;
  // The 'created' revision counts too.
  const page = (label: string, id: number, count: number, query = ''): HistoryPage => ({
    label,
    revisions: count + 1,
    path: `/guides/${id}/history${query}`,
  });
  return {
    pages: {
      few: page(`${few + 1} revisions`, fewId, few),
      fullPage: page(`${data.HISTORY_PAGE_SIZE + 1} revisions (a full page)`, pageId, data.HISTORY_PAGE_SIZE),
      many: page(`${many + 1} revisions, newest page`, manyId, many),
      manyOldest: page(`${many + 1} revisions, oldest page (?before=)`, manyId, many, `?before=${oldest.id}`),
    },
    setupSeconds: round((performance.now() - start) / 1000, 1),
  };
}

export type HistoryRow = { label: string; revisions: number; p50: number; p99: number };
export type HistoryFigures = {
  requests: number;
  rows: HistoryRow[];
  /** p50 with 10,000 revisions ÷ p50 with 10 (the figure). */
  ratio: number;
  /** p50 with 10,000 revisions ÷ p50 of a guide with exactly one full page: same rows shown. */
  ratioSameRows: number;
};

async function timedGet(client: Client, path: string): Promise<number> {
  const start = performance.now();
  const res = await client.fetch(path);
  await res.arrayBuffer();
  const took = performance.now() - start;
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return took;
}

/** The history pages as an ambassador, in turn, so drift hits all alike. */
export async function benchHistory(client: Client, guides: HistoryGuides, requests = 30): Promise<HistoryFigures> {
  const pages = Object.values(guides.pages);
  const times = pages.map(() => [] as number[]);
  for (let i = -3; i < requests; i++) {
    for (const [k, page] of pages.entries()) {
      const took = await timedGet(client, page.path);
      if (i >= 0) times[k].push(took);
    }
  }
  const rows = pages.map((page, k) => {
    const s = summarize(times[k]);
    return { label: page.label, revisions: page.revisions, p50: round(s.p50, 1), p99: round(s.p99, 1) };
  });
  const p50 = (page: HistoryPage) => rows[pages.indexOf(page)].p50;
  return {
    requests,
    rows,
    ratio: ratio(p50(guides.pages.many), p50(guides.pages.few)),
    ratioSameRows: ratio(p50(guides.pages.many), p50(guides.pages.fullPage)),
  };
}
