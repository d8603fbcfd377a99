import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { startServer, type TestServer } from '../helpers/server';
import { PASSWORD, seedOnePerRole, withDatabase } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, paragraph, publish, saveDraft } from '../helpers/guides';
import { drafts, guides } from '@/db/schema';
import { prepareImport } from '@/lib/guide-import';
import { listRoutines } from '@/lib/doc/routines';
import type { GuideDoc } from '@/lib/doc/types';

let server: TestServer;
const as = {} as Record<'ambassador' | 'reviewer' | 'reader', Client>;
let guideId: number;
/** The draft as it was published as version 1. */
let publishedDoc: GuideDoc;

beforeAll(async () => {
  server = await startServer();
  for (const person of await seedOnePerRole(server.dbPath)) {
    as[person.role] = new Client(server.url);
    expect(await as[person.role].signIn(person.email, PASSWORD)).toBe(true);
  }
  guideId = await createGuideFromTemplate(as.ambassador, server.dbPath);
});
afterAll(() => server?.stop());

const draftRow = () =>
  withDatabase(server.dbPath, (db) =>
    db.select({ version: drafts.version, doc: drafts.doc }).from(drafts).where(eq(drafts.guideId, guideId)).get()!,
  );

describe('the draft', () => {
  test('a template makes a guide with its routines; readers cannot see it before it is published', async () => {
    const draft = await getDraft(as.ambassador, guideId);
    expect(listRoutines(draft.doc).length).toBeGreaterThanOrEqual(20);
    expect((await as.reader.fetch(`/api/guides/${guideId}/draft`)).status).toBe(403);
    expect((await as.reader.fetch(`/guides/${guideId}`)).status).toBe(404);
  });

  test('a save based on an old version is refused with the newer draft, and changes nothing', async () => {
    const draft = await getDraft(as.ambassador, guideId);
    const mine = { ...draft.doc, content: [...draft.doc.content, paragraph('Første lagring')] };
    const first = await saveDraft(as.ambassador, guideId, draft.version, mine);
    expect(first.status).toBe(200);
    const { version } = (await first.json()) as { version: number };
    expect(version).toBe(draft.version + 1);

    const stale = { ...draft.doc, content: [...draft.doc.content, paragraph('Utdatert lagring')] };
    const before = draftRow();
    const conflict = await saveDraft(as.ambassador, guideId, draft.version, stale);
    expect(conflict.status).toBe(409);
    const body = (await conflict.json()) as { current: { version: number; doc: GuideDoc; updatedByName: string } };
    expect(body.current.version).toBe(version);
    expect(JSON.stringify(body.current.doc)).toContain('Første lagring');
    expect(body.current.updatedByName).toBe('Anne Ambassadør');
    expect(draftRow()).toEqual(before);
  });

  const hostile: [string, (doc: GuideDoc) => unknown, number, RegExp][] = [
    [
      'a javascript: link',
      (d) => ({
        ...d,
        content: [
          ...d.content,
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'klikk', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            ],
          },
        ],
      }),
      400,
      /javascript/,
    ],
    [
      'a data: image',
      (d) => ({
        ...d,
        content: [
          ...d.content,
          { type: 'paragraph', content: [{ type: 'image', attrs: { src: 'data:image/png;base64,AAAA' } }] },
        ],
      }),
      400,
      /data/,
    ],
    [
      'a link that sets target and class (issue 10 item 12)',
      (d) => ({
        ...d,
        content: [
          ...d.content,
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'Logg inn',
                marks: [{ type: 'link', attrs: { href: 'https://example.com', target: '_top', class: 'btn' } }],
              },
            ],
          },
        ],
      }),
      400,
      /Links cannot set "target" \(here '_top'\)/,
    ],
    [
      'an unknown node type',
      (d) => ({ ...d, content: [...d.content, { type: 'script', content: [{ type: 'text', text: 'x' }] }] }),
      400,
      /script/,
    ],
    [
      'a document over 5 MB',
      (d) => ({ ...d, content: [...d.content, paragraph('x'.repeat(5.5 * 1024 * 1024))] }),
      413,
      /5 MB/,
    ],
    ['not a document', () => ({ type: 'doc', content: 'nope' }), 400, /./],
  ];
  test.each(hostile)(
    '%s is refused with a clear message and nothing is stored',
    async (_label, make, status, message) => {
      const draft = await getDraft(as.ambassador, guideId);
      const before = draftRow();
      const res = await saveDraft(as.ambassador, guideId, draft.version, make(draft.doc));
      expect(res.status).toBe(status);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
      expect(draftRow()).toEqual(before);
    },
  );

  test('malformed JSON and a missing version are refused', async () => {
    const before = draftRow();
    const bad = await as.ambassador.fetch(`/api/guides/${guideId}/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"baseVersion": 1, "doc": {',
    });
    expect(bad.status).toBe(400);
    const noVersion = await as.ambassador.fetch(`/api/guides/${guideId}/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ doc: { type: 'doc', content: [paragraph('x')] } }),
    });
    expect(noVersion.status).toBe(400);
    expect(draftRow()).toEqual(before);
  });

  test('readers and reviewers cannot save', async () => {
    const draft = await getDraft(as.ambassador, guideId);
    expect((await saveDraft(as.reader, guideId, draft.version, draft.doc)).status).toBe(403);
    expect((await saveDraft(as.reviewer, guideId, draft.version, draft.doc)).status).toBe(403);
  });
});

describe('the draft endpoint is for this site only', () => {
  test('a save from another origin, without one, or not sent as JSON is refused and changes nothing', async () => {
    const draft = await getDraft(as.ambassador, guideId);
    const before = draftRow();
    const body = JSON.stringify({ baseVersion: draft.version, doc: draft.doc });
    const put = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/guides/${guideId}/draft`, {
        method: 'PUT',
        headers: { cookie: as.ambassador.cookieHeader(), ...headers },
        body,
      });
    const json = { 'content-type': 'application/json' };
    const evil = await put({ ...json, origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({
      message: 'This request did not come from this site. Nothing was saved.',
    });
    expect((await put({ ...json, origin: 'null' })).status).toBe(403);
    expect((await put(json)).status).toBe(403);
    const text = await put({ origin: server.url, 'content-type': 'text/plain;charset=UTF-8' });
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ message: 'Send the draft as JSON (Content-Type: application/json).' });
    expect(draftRow()).toEqual(before);
    // From this site, as JSON, it saves.
    expect((await put({ ...json, origin: server.url })).status).toBe(200);
  });
});

describe('publishing and reading', () => {
  test('publish needs a note, and publishes exactly the saved draft as version 1', async () => {
    const draft = await getDraft(as.ambassador, guideId);
    expect(actionResult(await publish(as.ambassador, guideId, draft.version, '  '))).toMatchObject({ ok: false });
    expect(actionResult(await publish(as.ambassador, guideId, draft.version - 1, 'Gammel'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/draft changed/),
    });
    expect(
      actionResult(await publish(as.ambassador, guideId, draft.version, 'Første versjon av rutineguiden')),
    ).toMatchObject({ ok: true });
    publishedDoc = draft.doc;
    expect(actionResult(await publish(as.ambassador, guideId, draft.version, 'Igjen'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Nothing has changed since version 1/),
    });
  });

  test('readers see version 1, not later draft edits, and hostile text stays text', async () => {
    const draft = await getDraft(as.ambassador, guideId);
    const edited = {
      ...draft.doc,
      content: [...draft.doc.content, paragraph('Hemmelig utkast <script>alert(1)</script>')],
    };
    expect((await saveDraft(as.ambassador, guideId, draft.version, edited)).status).toBe(200);
    const page = await (await as.reader.fetch(`/guides/${guideId}`)).text();
    expect(page).toContain('Første versjon av rutineguiden');
    expect(page).toMatch(/Version 1, published/);
    expect(page).toContain('Første lagring');
    expect(page).not.toContain('Hemmelig utkast');
    const preview = await (await as.ambassador.fetch(`/guides/${guideId}/draft`)).text();
    expect(preview).toContain('Hemmelig utkast &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(preview).not.toContain('<script>alert(1)');
    expect((await as.reader.fetch(`/guides/${guideId}/draft`)).status).toBe(403);
  });

  test('search finds Norwegian words in the published guide, drafts only for editors', async () => {
    const hits = await (await as.reader.fetch(`/search?q=${encodeURIComponent('oppfølging')}`)).text();
    expect(hits).toMatch(/<mark>[Oo]ppfølging/);
    const draftWord = await (await as.reader.fetch(`/search?q=Hemmelig&drafts=1`)).text();
    expect(draftWord).toContain('No results');
    const forAmbassador = await (await as.ambassador.fetch(`/search?q=Hemmelig&drafts=1`)).text();
    expect(forAmbassador).toContain('<mark>Hemmelig</mark>');
  });

  test('export gives Markdown that imports back to the same document', async () => {
    const res = await as.reader.fetch(`/api/guides/${guideId}/export?version=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    const markdown = await res.text();
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain('<Routine ');
    // Imported as a new guide would be: version 1 exactly, every block, attribute and mark (not
    // the draft edited since), under the same title and language.
    const again = prepareImport(markdown, 'export.md');
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.doc).toEqual(publishedDoc);
    const guide = withDatabase(server.dbPath, (db) =>
      db.select({ title: guides.title, language: guides.language }).from(guides).where(eq(guides.id, guideId)).get(),
    );
    expect({ title: again.title, language: again.language }).toEqual(guide);
    expect(again.warnings).toEqual([]);
    expect((await as.reader.fetch(`/api/guides/${guideId}/export?version=draft`)).status).toBe(403);
  });
});
