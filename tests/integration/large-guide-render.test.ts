/**
 * Issue 10 item 8: a reader must not be able to stall the server with a large published guide.
 * The 24,000-routine guide (under the 5 MB limit) is published through the data layer the CLI
 * uses, then read over HTTP from the real server. The server logs one line per render, so the
 * test can count renders without timing anything.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, tempDir, type TestServer } from '../helpers/server';
import { PASSWORD, seedPeople, withDatabase } from '../helpers/people';
import { Client } from '../helpers/client';
import { generateSmallRoutinesGuide, withChangedBlocks } from '@/bench/large-guide';
import { renderedHtml } from '@/db/schema';

const dir = tempDir('rg-large-render-');
const dbPath = path.join(dir, 'guide.db');
// Read by db() on its first call, which comes after this line.
process.env.DATABASE_PATH = dbPath;

let server: TestServer;
let guideId = 0;
const ROUTINES = 24_000;

const renders = (output: string) => output.match(/^rendered guide /gm)?.length ?? 0;
const storedRenders = () => withDatabase(dbPath, (db) => db.select().from(renderedHtml).all().length);

async function reader(url: string): Promise<Client> {
  const client = new Client(url);
  expect(await client.signIn('liv@example.com', PASSWORD)).toBe(true);
  return client;
}

beforeAll(async () => {
  await seedPeople(dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Liv Leser', email: 'liv@example.com', role: 'reader' },
  ]);
  const { createGuide, publishDraft, saveDraft } = await import('@/db/guides');
  const { cliActor } = await import('@/db/users');
  const anne = cliActor('anne@example.com')!;
  const doc = generateSmallRoutinesGuide(ROUTINES);
  guideId = createGuide(anne, { title: 'Stor guide', language: 'nb', frontMatter: {}, doc }).id;
  publishDraft(anne, guideId, 1, 'Første versjon');
  // Version 2: one word changed in 1% of the blocks, so more than one page of changes.
  const saved = saveDraft(anne, guideId, 1, withChangedBlocks(doc, 0.01).doc);
  if (!saved.ok) throw new Error('draft conflict');
  publishDraft(anne, guideId, saved.version, 'Andre versjon');
  server = await startServer({ dbPath });
}, 300_000);
afterAll(() => server?.stop());

test('three readers at once get the large guide from one render, kept across a restart', async () => {
  const liv = await reader(server.url);
  const pages = await Promise.all([1, 2, 3].map(() => liv.fetch(`/guides/${guideId}`)));
  for (const res of pages) {
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="routine-r-1"');
    expect(html).toContain(`id="routine-r-${ROUTINES}"`);
  }
  expect(renders(server.output())).toBe(1);
  await expect.poll(storedRenders, { timeout: 15_000 }).toBe(1);

  await server.stop();
  server = await startServer({ dbPath });
  const again = await (await reader(server.url)).fetch(`/guides/${guideId}`);
  expect(again.status).toBe(200);
  expect(await again.text()).toContain(`id="routine-r-${ROUTINES}"`);
  expect(renders(server.output())).toBe(0);
}, 300_000);

test('comparing two versions of the large guide answers a bounded page with folds and page links', async () => {
  const liv = await reader(server.url);
  const res = await liv.fetch(`/guides/${guideId}/compare?from=v1&to=v2&view=side`);
  expect(res.status).toBe(200);
  const html = await res.text();
  expect(Buffer.byteLength(html)).toBeLessThan(5 * 1024 * 1024);
  // Numbers are formatted for the language ("11 999" in Norwegian, "11,999" in English).
  expect(html).toMatch(
    /(Vis|Show) [\d\s\u00a0\u202f,]+ ((av|of) [\d\s\u00a0\u202f,]+ )?(uendrede|unchanged) (blokker|blocks)/,
  );
  expect(html).toMatch(/(Side|Page) 1 (av|of) 2/);
  expect(html).toMatch(/href="[^"]*page=2"[^>]*>(Neste side|Next page)/);

  const second = await liv.fetch(`/guides/${guideId}/compare?from=v1&to=v2&view=side&page=2`);
  expect(second.status).toBe(200);
  const secondHtml = await second.text();
  expect(secondHtml).toMatch(/(Side|Page) 2 (av|of) 2/);
  expect(secondHtml).toMatch(/Forrige side|Previous page/);
}, 300_000);
