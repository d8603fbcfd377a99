/**
 * Saves stream in; the server is killed with SIGKILL in the middle of one. After a restart every
 * acknowledged save is there and the database passes its integrity check.
 */
import { afterAll, expect, test } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { startServer, type TestServer } from '../helpers/server';
import { PASSWORD, seedOnePerRole } from '../helpers/people';
import { Client } from '../helpers/client';
import { createGuideFromTemplate, getDraft, paragraph, saveDraft } from '../helpers/guides';

let server: TestServer | undefined;
afterAll(() => server?.stop());

test('every acknowledged save survives a SIGKILL mid-stream', async () => {
  server = await startServer();
  const [ambassador] = await seedOnePerRole(server.dbPath);
  const client = new Client(server.url);
  expect(await client.signIn(ambassador.email, PASSWORD)).toBe(true);
  const guideId = await createGuideFromTemplate(client, server.dbPath);
  let { version, doc } = await getDraft(client, guideId);

  let acknowledged = { version, text: '' };
  const killAfter = 25 + Math.floor(Math.random() * 10);
  let inFlight: Promise<Response | null> = Promise.resolve(null);
  for (let i = 1; ; i++) {
    const text = `Lagring nummer ${i}`;
    doc = { ...doc, content: [...doc.content, paragraph(text)] };
    if (i === killAfter) {
      // The connection is cut by the kill; that outcome is expected, so catch it at once.
      inFlight = saveDraft(client, guideId, version, doc).catch(() => null);
      break;
    }
    const res = await saveDraft(client, guideId, version, doc);
    expect(res.status).toBe(200);
    version = ((await res.json()) as { version: number }).version;
    acknowledged = { version, text };
  }
  // Kill while the last save is on its way; its outcome is unknown, the earlier ones are promised.
  await server.kill();
  await inFlight;

  const db = new BetterSqlite3(server.dbPath);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();

  server = await startServer({ dbPath: server.dbPath });
  const again = new Client(server.url);
  expect(await again.signIn(ambassador.email, PASSWORD)).toBe(true);
  const after = await getDraft(again, guideId);
  expect(after.version).toBeGreaterThanOrEqual(acknowledged.version);
  const texts = JSON.stringify(after.doc);
  for (let i = 1; i < killAfter; i++) expect(texts).toContain(`"Lagring nummer ${i}"`);
});
