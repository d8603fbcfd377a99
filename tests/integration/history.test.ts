import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { startServer, type TestServer } from '../helpers/server';
import { PASSWORD, seedOnePerRole } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, paragraph, publish, saveDraft } from '../helpers/guides';
import { sharedDir } from '../helpers/shared';
import { importMarkdown } from '@/lib/markdown';
import type { GuideDoc } from '@/lib/doc/types';

let server: TestServer;
const as = {} as Record<'ambassador' | 'reviewer' | 'reader', Client>;

beforeAll(async () => {
  server = await startServer();
  for (const person of await seedOnePerRole(server.dbPath)) {
    as[person.role] = new Client(server.url);
    expect(await as[person.role].signIn(person.email, PASSWORD)).toBe(true);
  }
});
afterAll(() => server?.stop());

const countRevisions = () => {
  const db = new BetterSqlite3(server.dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

async function saveVersion(guideId: number, name: string) {
  return actionResult(
    (
      await as.ambassador.submitForm('app/guides/[id]/history/actions.ts', 'saveVersionAction', {
        guideId: String(guideId),
        name,
      })
    ).body,
  );
}

async function setDraft(guideId: number, doc: GuideDoc) {
  const draft = await getDraft(as.ambassador, guideId);
  const res = await saveDraft(as.ambassador, guideId, draft.version, doc);
  expect(res.status, await res.clone().text()).toBe(200);
}

describe('the source article’s real history', () => {
  let guideId: number;
  const dir = path.join(sharedDir(), 'corpus', 'seed-history');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();

  test('every earlier version imports as a successive revision, and history lists them newest first', async () => {
    guideId = await createGuideFromTemplate(as.ambassador, server.dbPath, 'nb:blank');
    for (const file of files) {
      const { doc } = importMarkdown(fs.readFileSync(path.join(dir, file), 'utf8'), { fileName: file });
      // A version with no body (the article became a redirect, then an empty file) is an empty guide.
      await setDraft(guideId, doc.content.length ? doc : { type: 'doc', content: [{ type: 'paragraph' }] });
      expect(await saveVersion(guideId, file.replace(/\.md$/, ''))).toMatchObject({ ok: true });
    }
    const page = await (await as.ambassador.fetch(`/guides/${guideId}/history`)).text();
    const names = [...page.matchAll(/<h2[^>]*>Saved version “onboard-users\.no\.(v\d)”<\/h2>/g)].map((m) => m[1]);
    expect(names).toEqual(files.map((f) => f.match(/(v\d)/)![1]).reverse());
    // The article's text went away when it became a redirect: the summary says so.
    expect(page).toMatch(/blocks? removed/);
  });

  test('restore brings back an old revision as a new one, and keeps the draft it replaced', async () => {
    const before = countRevisions();
    const page = await (await as.ambassador.fetch(`/guides/${guideId}/history`)).text();
    const v0 = [...page.matchAll(/name="revision" value="(r\d+)"/g)].map((m) => m[1]).at(-2)!; // oldest named version (the last is "created")
    const restored = actionResult(
      (
        await as.ambassador.submitForm('app/guides/[id]/history/actions.ts', 'restoreAction', {
          guideId: String(guideId),
          revision: v0,
        })
      ).body,
    );
    expect(restored).toMatchObject({ ok: true });
    expect(countRevisions()).toBe(before + 2);
    const draft = await getDraft(as.ambassador, guideId);
    expect(JSON.stringify(draft.doc)).toContain('Utnevne en CRM-ambassadør');
    const after = await (await as.ambassador.fetch(`/guides/${guideId}/history`)).text();
    expect(after).toMatch(/<h2[^>]*>Restored by Anne [^<]*, \d{1,2} \w+ \d{4} \d\d:\d\d<\/h2>/);
  });

  test('history cannot be rewritten, even with direct SQL', () => {
    const db = new BetterSqlite3(server.dbPath);
    try {
      expect(() => db.prepare('UPDATE revisions SET note = ? WHERE id = 1').run('x')).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM revisions').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM blocks').run()).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });
});

describe('read confirmation and what changed since', () => {
  test('a reader confirms v1; after v2 they see exactly that span and confirm again; the ambassador sees it', async () => {
    const guideId = await createGuideFromTemplate(as.ambassador, server.dbPath, 'en:crm-routine-guide');
    let draft = await getDraft(as.ambassador, guideId);
    expect(actionResult(await publish(as.ambassador, guideId, draft.version, 'First version'))).toMatchObject({
      ok: true,
    });

    let page = await (await as.reader.fetch(`/guides/${guideId}`)).text();
    expect(page).toContain('Have you read version 1?');
    const confirmed = actionResult(
      (
        await as.reader.submitForm('app/guides/[id]/actions.ts', 'confirmReadAction', {
          guideId: String(guideId),
          version: '1',
        })
      ).body,
    );
    expect(confirmed).toMatchObject({ ok: true });
    page = await (await as.reader.fetch(`/guides/${guideId}`)).text();
    expect(page).toMatch(/You confirmed version 1 on/);

    // v2: one routine's owner changes and a paragraph is added.
    draft = await getDraft(as.ambassador, guideId);
    const content = draft.doc.content.map((block) =>
      block.type === 'routine' && block.attrs?.id === 'register-company'
        ? { ...block, attrs: { ...block.attrs, owner: 'Kari Nordmann' } }
        : block,
    );
    expect(
      (
        await saveDraft(as.ambassador, guideId, draft.version, {
          ...draft.doc,
          content: [...content, paragraph('A new closing paragraph.')],
        })
      ).status,
    ).toBe(200);
    draft = await getDraft(as.ambassador, guideId);
    expect(
      actionResult(await publish(as.ambassador, guideId, draft.version, 'Kari owns company registration')),
    ).toMatchObject({ ok: true });

    page = await (await as.reader.fetch(`/guides/${guideId}`)).text();
    expect(page).toContain('Changed since you read version 1');
    expect(page).toMatch(/owner of “Register a new company”: All users → Kari Nordmann/);
    expect(page).toContain(`href="/guides/${guideId}/compare?from=v1&amp;to=v2"`);
    // Confirming the old version is refused; the current one is accepted.
    expect(
      actionResult(
        (
          await as.reader.submitForm('app/guides/[id]/actions.ts', 'confirmReadAction', {
            guideId: String(guideId),
            version: '1',
          })
        ).body,
      ),
    ).toMatchObject({ ok: false });
    expect(
      actionResult(
        (
          await as.reader.submitForm('app/guides/[id]/actions.ts', 'confirmReadAction', {
            guideId: String(guideId),
            version: '2',
          })
        ).body,
      ),
    ).toMatchObject({ ok: true });

    const adoption = await (await as.ambassador.fetch(`/guides/${guideId}/adoption`)).text();
    expect(adoption).toMatch(/1 of 3 people have confirmed version 2; 2 are behind;/);
    const csv = await (await as.ambassador.fetch(`/api/guides/${guideId}/adoption`)).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'name,email,role,confirmed_version,confirmed_at,current_version,versions_behind,last_opened_version,last_opened_at',
    );
    expect(lines.find((l) => l.startsWith('Liv Leser'))).toMatch(/^Liv Leser,liv@example.com,reader,2,[^,]+,2,0,2,/);
    expect(lines.find((l) => l.startsWith('Rolf Reviewer'))).toMatch(
      /^Rolf Reviewer,rolf@example.com,reviewer,,,2,2,,$/,
    );
    expect((await as.reader.fetch(`/guides/${guideId}/adoption`)).status).toBe(403);
  });

  test('readers see only published versions in history; editors also see checkpoints', async () => {
    const reader = await (await as.reader.fetch(`/guides/2/history`)).text();
    expect(reader).toMatch(/<h2[^>]*>Version 2<\/h2>/);
    expect(reader).not.toMatch(/<h2[^>]*>(Checkpoint|Guide created)/);
    const ambassador = await (await as.ambassador.fetch(`/guides/2/history`)).text();
    expect(ambassador).toMatch(/<h2[^>]*>Guide created by [^<]+<\/h2>/);
  });
});

describe('compare', () => {
  test('any two revisions, by URL; readers only published ones', async () => {
    const page = await (await as.reviewer.fetch(`/guides/2/compare?from=v1&to=v2`)).text();
    expect(page).toContain('Summary of changes');
    expect(page).toMatch(
      /Owner of “<a[^>]*>Register a new company<\/a>”: <strong>All users<\/strong> → <strong>Kari Nordmann<\/strong>/,
    );
    expect(page).toMatch(/<ins[^>]*>.*A new closing paragraph\./s);
    const inline = await (await as.reader.fetch(`/guides/2/compare?from=v1&to=v2&view=inline`)).text();
    expect(inline).toMatch(/aria-current="page"[^>]*>Inline|Inline<\/a>/);
    const checkpoint = await (await as.reader.fetch(`/guides/2/compare?from=r1&to=v2`)).text();
    expect(checkpoint).toContain('One of the revisions does not exist, or you may not see it.');
    const draft = await (await as.reader.fetch(`/guides/2/compare?from=v1&to=draft`)).text();
    expect(draft).toContain('One of the revisions does not exist, or you may not see it.');
    const bad = await (await as.reviewer.fetch(`/guides/2/compare?from=v1&to=%3Cscript%3E`)).text();
    expect(bad).toContain('One of the revisions does not exist');
  });
});
