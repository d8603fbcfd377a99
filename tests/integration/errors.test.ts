/**
 * How the app says no, over HTTP: an unknown id is a 404 on pages and routes alike, every JSON error
 * names its message key beside the text, form actions use the same codes, and a reason the
 * validator gives reaches a Norwegian user in Norwegian.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { PASSWORD, seedOnePerRole, seedPeople } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, paragraph, publish, saveDraft } from '../helpers/guides';
import type { GuideDoc } from '@/lib/doc/types';

let server: TestServer;
const as = {} as Record<'ambassador' | 'reviewer' | 'reader' | 'visitor' | 'norwegian', Client>;
let guideId: number;

beforeAll(async () => {
  server = await startServer();
  for (const person of await seedOnePerRole(server.dbPath)) {
    as[person.role] = new Client(server.url);
    expect(await as[person.role].signIn(person.email, PASSWORD)).toBe(true);
  }
  as.visitor = new Client(server.url);
  const [nora] = await seedPeople(server.dbPath, [
    { name: 'Nora Norsk', email: 'nora@example.com', role: 'ambassador' },
  ]);
  as.norwegian = new Client(server.url);
  expect(await as.norwegian.signIn(nora.email, PASSWORD)).toBe(true);
  const chosen = await as.norwegian.submitForm('app/account/actions.ts', 'setLanguageAction', { locale: 'nb' });
  expect(actionResult(chosen.body)).toMatchObject({ ok: true });
  guideId = await createGuideFromTemplate(as.ambassador, server.dbPath, 'en:blank');
  expect(
    actionResult(await publish(as.ambassador, guideId, (await getDraft(as.ambassador, guideId)).version, 'v1')),
  ).toMatchObject({ ok: true });
});
afterAll(() => server?.stop());

type ErrorBody = { error: string; messageKey: string; message: string; values?: Record<string, string> };

async function errorOf(res: Response): Promise<{ status: number; body: ErrorBody }> {
  expect(res.headers.get('content-type')).toContain('application/json');
  return { status: res.status, body: (await res.json()) as ErrorBody };
}

const validDoc: GuideDoc = { type: 'doc', content: [paragraph('Hei')] };
const withLink = (doc: GuideDoc, href: string): GuideDoc => ({
  ...doc,
  content: [
    ...doc.content,
    { type: 'paragraph', content: [{ type: 'text', text: 'klikk', marks: [{ type: 'link', attrs: { href } }] }] },
  ],
});

/** Each route handler, asked about a guide id. */
const ROUTES: [string, (id: string) => [string, RequestInit?]][] = [
  ['draft GET', (id) => [`/api/guides/${id}/draft`]],
  [
    'draft PUT',
    (id) => [
      `/api/guides/${id}/draft`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ baseVersion: 1, doc: validDoc }),
      },
    ],
  ],
  ['export', (id) => [`/api/guides/${id}/export`]],
  ['html', (id) => [`/api/guides/${id}/html?version=1`]],
  ['adoption', (id) => [`/api/guides/${id}/adoption`]],
];

describe('route handlers', () => {
  // A save to a guide that is not there was a 422 "refused"; by the convention it is a 404.
  test.each(ROUTES)('%s: an unknown or malformed id is a 404 naming the guide', async (_name, request) => {
    for (const id of ['999', 'abc']) {
      const { status, body } = await errorOf(await as.ambassador.fetch(...request(id)));
      expect(status).toBe(404);
      expect(body).toEqual({
        error: 'notFound',
        messageKey: 'errors.guideNotFound',
        message: 'That guide does not exist.',
      });
    }
  });

  test.each(ROUTES)('%s: signed out is a 401 with a message key', async (_name, request) => {
    const { status, body } = await errorOf(await as.visitor.fetch(...request(String(guideId))));
    expect(status).toBe(401);
    expect(body).toMatchObject({
      error: 'unauthenticated',
      messageKey: 'errors.signedOut',
      message: expect.any(String),
    });
  });

  test('a role that may not is a 403 with a message key, whether the wrapper or the data layer refuses', async () => {
    for (const path of [
      `/api/guides/${guideId}/adoption`,
      `/api/guides/${guideId}/draft`,
      `/api/guides/${guideId}/export?version=draft`,
    ]) {
      const { status, body } = await errorOf(await as.reader.fetch(path));
      expect(status, path).toBe(403);
      expect(body).toEqual({
        error: 'forbidden',
        messageKey: 'errors.forbidden',
        message: 'Your role does not allow this.',
      });
    }
  });

  test('a version that does not exist is a 404 naming the version', async () => {
    for (const path of [`/api/guides/${guideId}/html?version=99`, `/api/guides/${guideId}/export?version=99`]) {
      const { status, body } = await errorOf(await as.reader.fetch(path));
      expect(status, path).toBe(404);
      expect(body).toMatchObject({ error: 'notFound', messageKey: 'errors.versionNotFound' });
    }
  });

  test('bad input, a conflict and a refused document each carry their message key', async () => {
    const put = (body: string) =>
      as.ambassador.fetch(`/api/guides/${guideId}/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      });
    expect(await errorOf(await put('{"doc": {'))).toMatchObject({
      status: 400,
      body: { error: 'invalid', messageKey: 'errors.invalidJson' },
    });
    expect(await errorOf(await put('{}'))).toMatchObject({
      status: 400,
      body: { error: 'invalid', messageKey: 'errors.invalid' },
    });

    const draft = await getDraft(as.ambassador, guideId);
    const refused = await errorOf(
      await saveDraft(as.ambassador, guideId, draft.version, withLink(draft.doc, 'javascript:alert(1)')),
    );
    expect(refused).toMatchObject({
      status: 400,
      body: {
        error: 'invalid',
        messageKey: 'errors.invalidDocument',
        message:
          "The document was refused: Link 'javascript:alert(1)' is not allowed: use http, https, mailto, tel or a relative link",
        values: { reason: expect.stringContaining('javascript:alert(1)') },
        issue: { key: 'document.badLink', values: { href: 'javascript:alert(1)' } },
      },
    });

    expect((await saveDraft(as.ambassador, guideId, draft.version, draft.doc)).status).toBe(200);
    const conflict = await errorOf(await saveDraft(as.ambassador, guideId, draft.version, draft.doc));
    expect(conflict).toMatchObject({
      status: 409,
      body: { error: 'conflict', messageKey: 'errors.saveConflict', current: { version: draft.version + 1 } },
    });
  });

  test('a Norwegian user is told why the document was refused in Norwegian', async () => {
    const draft = await getDraft(as.norwegian, guideId);
    const res = await saveDraft(as.norwegian, guideId, draft.version, withLink(draft.doc, 'javascript:alert(1)'));
    const { status, body } = await errorOf(res);
    expect(status).toBe(400);
    expect(body.messageKey).toBe('errors.invalidDocument');
    expect(body.message).toBe(
      'Dokumentet ble avvist: Lenken «javascript:alert(1)» er ikke tillatt: bruk http, https, mailto, tel eller en relativ lenke',
    );
  });
});

describe('pages', () => {
  test.each([
    '/guides/999',
    '/guides/999/edit',
    '/guides/999/draft',
    '/guides/999/history',
    '/guides/abc',
    '/reviews/999',
    '/reviews/abc',
  ])('%s is the 404 page', async (path) => {
    const res = await as.ambassador.fetch(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('There is nothing at this address.');
  });
});

describe('form actions', () => {
  test('an unknown id comes back as "notFound" with the message for what is missing', async () => {
    const call = (file: string, name: string, fields: Record<string, string>) =>
      as.ambassador.submitForm(file, name, fields).then((r) => actionResult(r.body));
    expect(
      await call('app/guides/actions.ts', 'publishAction', { guideId: '999', baseVersion: '1', note: 'x' }),
    ).toMatchObject({
      ok: false,
      error: 'notFound',
      message: 'That guide does not exist.',
    });
    expect(await call('app/reviews/actions.ts', 'withdrawAction', { requestId: '999' })).toMatchObject({
      ok: false,
      error: 'notFound',
      message: 'That review request does not exist.',
    });
    expect(
      await call('app/guides/[id]/history/actions.ts', 'restoreAction', { guideId: String(guideId), revision: 'v99' }),
    ).toMatchObject({ ok: false, error: 'notFound', message: 'That version does not exist.' });
  });

  test('an import that cannot be read is refused in the language of the user, with the line', async () => {
    const form = new FormData();
    form.set('file', new File(['---\ntitle: a\ntitle: b\n---\nTekst\n'], 'feil.md', { type: 'text/markdown' }));
    const result = await as.norwegian.submitFormData('app/guides/actions.ts', 'importGuideAction', form);
    expect(actionResult(result.body)).toMatchObject({
      ok: false,
      error: 'refused',
      message: expect.stringMatching(
        /^Filen kunne ikke importeres: Linje 3: Innledningen \(front matter\) er ikke gyldig YAML/,
      ),
    });
  });
});
