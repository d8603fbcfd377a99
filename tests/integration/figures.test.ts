/**
 * Issue 9: figures that contradict each other, and the small things around them. History, the
 * guide's "changed since" notice and Compare agree on one span; adoption totals count the table's
 * rows; a decision is made once; a signed-out deep link and a one-time password come back to the
 * page asked for.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { PASSWORD, seedPeople, withDatabase, type Person } from '../helpers/people';
import { Client, signInEach } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, publish, saveDraft } from '../helpers/guides';
import { users } from '@/db/schema';
import { openDatabase } from '@/db/open';

let server: TestServer;
let people: Person[];
const as = {} as Record<'anne' | 'rolf' | 'rita' | 'liv', Client>;
let guideId: number;

const act = async (who: keyof typeof as, file: string, name: string, fields: Record<string, string>) =>
  actionResult((await as[who].submitForm(file, name, fields)).body);
const review = (who: keyof typeof as, name: string, fields: Record<string, string>) =>
  act(who, 'app/reviews/actions.ts', name, fields);

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new BetterSqlite3(server.dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The text of one entry of the history list, found by its heading. */
function historyEntry(html: string, heading: string): string {
  const items = html.split('<li').filter((item) => item.includes(`>${heading}</h2>`));
  expect(items).toHaveLength(1);
  return items[0];
}

/** The summary line of a history entry, without markup. */
const summaryOf = (entry: string) => entry.match(/<p class="[^"]*summary[^"]*">(.*?)<\/p>/)?.[1] ?? null;

beforeAll(async () => {
  server = await startServer();
  people = await seedPeople(server.dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Rolf Reviewer', email: 'rolf@example.com', role: 'reviewer' },
    { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer' },
    { name: 'Liv Leser', email: 'liv@example.com', role: 'reader' },
  ]);
  await signInEach(server.url, people, as);
  guideId = await createGuideFromTemplate(as.anne, server.dbPath, 'en:crm-adoption-plan');
});
afterAll(() => server?.stop());

describe('published through review', () => {
  let requestId: number;

  test('v1 is published and read; then the guide needs one approval, and a changed routine is submitted', async () => {
    const draft = await getDraft(as.anne, guideId);
    expect(actionResult(await publish(as.anne, guideId, draft.version, 'First'))).toMatchObject({ ok: true });
    expect(
      await act('liv', 'app/guides/[id]/actions.ts', 'confirmReadAction', { guideId: String(guideId), version: '1' }),
    ).toMatchObject({ ok: true });
    expect(
      await review('anne', 'setReviewPolicyAction', { guideId: String(guideId), required: 'on', approvals: '1' }),
    ).toMatchObject({ ok: true });

    const before = await getDraft(as.anne, guideId);
    let changed = false;
    const content = before.doc.content.map((block) => {
      if (changed || block.type !== 'routine') return block;
      changed = true;
      return { ...block, attrs: { ...block.attrs, owner: 'Kari Nordmann' } };
    });
    expect((await saveDraft(as.anne, guideId, before.version, { ...before.doc, content })).status).toBe(200);
    const submitted = await getDraft(as.anne, guideId);
    expect(
      await review('anne', 'submitForReviewAction', {
        guideId: String(guideId),
        baseVersion: String(submitted.version),
        summary: 'Kari owns the first routine',
      }),
    ).toMatchObject({ ok: true });
    requestId = query<{ id: number }>('SELECT max(id) AS id FROM review_requests')[0].id;
  });

  test('the review page shows the open request instead of a form ready to submit the same draft again', async () => {
    const page = await (await as.anne.fetch(`/guides/${guideId}/review`)).text();
    expect(page).toContain(
      `This draft is already submitted for review, unchanged since: request #${requestId} is open.`,
    );
    expect(page).toContain(`href="/reviews/${requestId}"`);
    expect(page).not.toContain('Submit for review</button>');
  });

  test('a second approval of the same revision is refused: one decision row, one notification', async () => {
    const approve = { requestId: String(requestId), decision: 'approved' };
    expect(await review('rolf', 'decideAction', approve)).toMatchObject({ ok: true });
    expect(await review('rolf', 'decideAction', approve)).toMatchObject({
      ok: false,
      message: 'You have already approved this revision.',
    });
    expect(query('SELECT decision FROM review_decisions WHERE request_id = ?', requestId)).toEqual([
      { decision: 'approved' },
    ]);
    expect(
      query("SELECT id FROM notifications WHERE request_id = ? AND kind = 'review.approved'", requestId),
    ).toHaveLength(1);

    const page = await (await as.rolf.fetch(`/reviews/${requestId}`)).text();
    expect(page).toMatch(/You approved this revision on [^<]+\./);
    expect(page).not.toContain('>Approve</button>');
    expect(page).toContain('>Ask for changes</button>');
  });

  test('History summarises the published v2 against v1, as the guide and Compare do', async () => {
    expect(
      await review('anne', 'publishApprovedAction', { requestId: String(requestId), note: 'Approved' }),
    ).toMatchObject({ ok: true, message: 'Version 2 is published.' });

    const history = await (await as.anne.fetch(`/guides/${guideId}/history`)).text();
    const v2 = historyEntry(history, 'Version 2');
    const summary = summaryOf(v2);
    expect(summary).toMatch(/1 routine changed/);
    expect(v2).toContain(`href="/guides/${guideId}/compare?from=v1&amp;to=v2"`);
    // The submitted revision, identical to v2, is still summarised against the revision before it.
    expect(summaryOf(historyEntry(history, 'Version 1'))).toBeNull();

    // A reader's History says the same, and the guide's notice names the same change.
    const readerHistory = await (await as.liv.fetch(`/guides/${guideId}/history`)).text();
    expect(summaryOf(historyEntry(readerHistory, 'Version 2'))).toBe(summary);
    const guide = await (await as.liv.fetch(`/guides/${guideId}`)).text();
    expect(guide).toContain('Changed since you read version 1');
    expect(guide).toContain(summary!);
    expect(guide).toContain(`href="/guides/${guideId}/compare?from=v1&amp;to=v2"`);

    // Compare without `from` takes the same span.
    const compare = await (await as.anne.fetch(`/guides/${guideId}/compare?to=v2`)).text();
    expect(compare).toMatch(/<p class="lead">Version 1 compared with Version 2</);
  });
});

describe('who has read it', () => {
  test('the totals count the rows of the table: everyone not on the current version is behind', async () => {
    const page = await (await as.anne.fetch(`/guides/${guideId}/adoption`)).text();
    const rows = [...page.matchAll(/<tr><th scope="row">.*?<\/tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(4);
    const behind = rows.filter((r) => /versions? behind/.test(r)).length;
    const upToDate = rows.filter((r) => r.includes('Up to date')).length;
    expect(behind).toBe(4);
    expect(upToDate).toBe(0);
    expect(page).toContain(`0 of 4 people have confirmed version 2; ${behind} are behind;`);
  });
});

describe('coming back to the page asked for', () => {
  const deepLink = () => `/guides/${guideId}/compare?from=v1&to=v2`;
  const signIn = async (client: Client, email: string, password: string, next?: string) =>
    client.submitForm('app/login/actions.ts', 'signInAction', { email, password, ...(next ? { next } : {}) });
  const redirectOf = (res: { headers: Headers }) => res.headers.get('x-action-redirect')?.split(';')[0] ?? null;

  test('a signed-out deep link goes to sign-in with ?next=, and signing in returns to it', async () => {
    const visitor = new Client(server.url);
    const res = await visitor.fetch(deepLink());
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(deepLink())}`);
    const login = await (await visitor.fetch(res.headers.get('location')!)).text();
    expect(login).toContain(`name="next" value="${deepLink().replace('&', '&amp;')}"`);
    expect(redirectOf(await signIn(visitor, 'liv@example.com', PASSWORD, deepLink()))).toBe(deepLink());
    expect((await visitor.fetch(deepLink())).status).toBe(200);
  });

  test.each([
    '//evil.example/x',
    '/\\evil.example',
    'https://evil.example/',
    '/..//evil.example',
    '/a\nb',
    'x'.repeat(3000),
  ])('a next of %j is not followed: sign-in lands on the home page', async (next) => {
    expect(redirectOf(await signIn(new Client(server.url), 'liv@example.com', PASSWORD, next))).toBe('/');
  });

  test('with a one-time password: the field says so, and choosing a password continues to the page asked for', async () => {
    const liv = people.find((p) => p.email === 'liv@example.com')!;
    withDatabase(server.dbPath, (db) =>
      db
        .update(users)
        .set({ mustChangePassword: true, oneTimePasswordAt: new Date() })
        .where(eq(users.id, liv.id))
        .run(),
    );
    const client = new Client(server.url);
    expect(redirectOf(await signIn(client, liv.email, PASSWORD, deepLink()))).toBe(deepLink());
    const held = await client.fetch(deepLink());
    expect(held.headers.get('location')).toBe(`/account?next=${encodeURIComponent(deepLink())}#password`);
    const account = await (await client.fetch(`/account?next=${encodeURIComponent(deepLink())}`)).text();
    expect(account).toMatch(/<label[^>]*>One-time password<\/label>/);
    expect(account).not.toMatch(/<label[^>]*>Current password<\/label>/);
    const changed = await client.submitForm('app/account/actions.ts', 'changePasswordAction', {
      currentPassword: PASSWORD,
      newPassword: 'a-brand-new-password',
      confirmPassword: 'a-brand-new-password',
      next: deepLink(),
    });
    expect(redirectOf(changed)).toBe(deepLink());
    expect((await client.fetch(deepLink())).status).toBe(200);
  });
});

describe('upgrading', () => {
  test('a database from before migration 0008 gets its published summaries recomputed when opened', async () => {
    const stored = query<{ id: number; summary: string | null; summary_from: number | null }>(
      'SELECT id, summary, summary_from FROM revisions WHERE guide_id = ? ORDER BY id',
      guideId,
    );
    await server.stop();
    const v1 = query<{ id: number }>('SELECT id FROM revisions WHERE guide_id = ? AND version = 1', guideId)[0].id;
    const v2 = query<{ id: number }>('SELECT id FROM revisions WHERE guide_id = ? AND version = 2', guideId)[0].id;
    const submitted = stored.find((r) => r.id === v2 - 1)!;

    // As the release before left it: no summary_from, and v2 summarised against the submitted revision.
    const old = new BetterSqlite3(server.dbPath);
    old.exec('DROP TRIGGER revisions_no_update');
    old.exec('ALTER TABLE revisions DROP COLUMN summary_from');
    const noChange = {
      ...Object.fromEntries(Object.keys(JSON.parse(stored.find((r) => r.id === v2)!.summary!)).map((k) => [k, 0])),
      ownerChanges: [],
      whatChanges: [],
      reviewByChanges: [],
    };
    old.prepare('UPDATE revisions SET summary = ? WHERE id = ?').run(JSON.stringify(noChange), v2);
    // The trigger of drizzle/0002, as that release had it.
    old.exec(
      "CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END",
    );
    // Migration 0008 runs on that database as the migrator runs it; later migrations do not touch revisions.
    const migration = fs.readFileSync(path.join(process.cwd(), 'drizzle/0008_summary_from.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) old.exec(statement);
    old.close();

    openDatabase(server.dbPath).$client.close();
    const upgraded = query<{ id: number; summary: string | null; summary_from: number | null }>(
      'SELECT id, summary, summary_from FROM revisions WHERE guide_id = ? ORDER BY id',
      guideId,
    );
    expect(upgraded).toEqual(stored);
    expect(upgraded.find((r) => r.id === v2)?.summary_from).toBe(v1);
    expect(upgraded.find((r) => r.id === submitted.id)?.summary_from).toBe(submitted.id - 1);
    // Still append-only: neither a filled summary nor anything else can be changed.
    const after = new BetterSqlite3(server.dbPath);
    expect(() => after.prepare("UPDATE revisions SET summary = '{}' WHERE id = ?").run(v2)).toThrow(/append-only/);
    expect(() => after.prepare("UPDATE revisions SET note = 'x' WHERE id = ?").run(v1)).toThrow(/append-only/);
    after.close();
    server = await startServer({ dbPath: server.dbPath });
  });
});
