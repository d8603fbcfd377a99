/**
 * Every form, fed empty, oversized, malformed and hostile values straight over HTTP (no browser-side
 * checks to help): each gets a clear message and the database stays exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { PASSWORD, seedOnePerRole, withDatabase, type Person } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import BetterSqlite3 from 'better-sqlite3';
import { users } from '@/db/schema';
import { createGuideFromTemplate, getDraft, publish } from '../helpers/guides';

let server: TestServer;
let people: Person[];
let ambassador: Client;

beforeAll(async () => {
  server = await startServer();
  people = await seedOnePerRole(server.dbPath);
  ambassador = new Client(server.url);
  expect(await ambassador.signIn('anne@example.com', PASSWORD)).toBe(true);
  // Guide 1: published v1, no approval needed. Guide 2: approval on, review request 1 open, comment 1.
  await createGuideFromTemplate(ambassador, server.dbPath, 'en:crm-adoption-plan');
  expect(actionResult(await publish(ambassador, 1, (await getDraft(ambassador, 1)).version, 'v1'))).toMatchObject({
    ok: true,
  });
  await createGuideFromTemplate(ambassador, server.dbPath, 'en:blank');
  const review = (name: string, fields: Record<string, string>) =>
    ambassador.submitForm('app/reviews/actions.ts', name, fields).then((r) => actionResult(r.body));
  expect(await review('setReviewPolicyAction', { guideId: '2', required: 'on', approvals: '1' })).toMatchObject({
    ok: true,
  });
  expect(
    await review('submitForReviewAction', {
      guideId: '2',
      baseVersion: String((await getDraft(ambassador, 2)).version),
      summary: 'Please look',
    }),
  ).toMatchObject({ ok: true });
  expect(await review('commentAction', { requestId: '1', body: 'A first comment' })).toMatchObject({ ok: true });
});
afterAll(() => server?.stop());

/**
 * Everything a form could change: every row of every table. Failed sign-ins are meant to be
 * recorded (that is how repeated failures are slowed down), so those records are left out.
 */
const SIGN_IN_RECORDS = ['login_attempts', 'signin_refusals', 'sessions'];
function snapshot(): string {
  const db = new BetterSqlite3(server.dbPath, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name",
      )
      .all() as { name: string }[];
    const rows = (name: string) =>
      SIGN_IN_RECORDS.includes(name)
        ? []
        : db.prepare(`SELECT * FROM "${name}"${name === 'audit_log' ? " WHERE action NOT LIKE 'signin.%'" : ''}`).all();
    return JSON.stringify(tables.map(({ name }) => [name, rows(name)]));
  } finally {
    db.close();
  }
}

const MB = 1024 * 1024;
const BAD_VALUES: [string, unknown][] = [
  ['empty', ''],
  ['whitespace', '   \t '],
  ['over 1 MB', 'x'.repeat(MB + 10)],
  ['very long', 'æøå'.repeat(5_000)],
  ['an array', ['a', 'b']],
  ['a number', 12345],
  ['an object', { nested: true }],
  ['null', null],
  ['script', '<script>alert(1)</script>'],
  ['SQL quotes', "' OR '1'='1'; DROP TABLE users; --"],
  ['control and bidi characters', '\u0000\u202E\u200B'],
];

/** For each form: a valid input, and the fields whose values must be refused when bad. */
const FORMS: {
  action: [string, string];
  valid: Record<string, string>;
  fields: string[];
  skip?: Record<string, string[]>;
}[] = [
  {
    action: ['app/people/actions.ts', 'addPersonAction'],
    valid: { name: 'Ny Person', email: 'ny@example.com', role: 'reader' },
    fields: ['name', 'email', 'role'],
  },
  {
    action: ['app/people/actions.ts', 'changeRoleAction'],
    valid: { userId: '3', role: 'reviewer' },
    fields: ['userId', 'role'],
  },
  {
    action: ['app/people/actions.ts', 'setActiveAction'],
    valid: { userId: '3', active: 'false' },
    fields: ['userId', 'active'],
  },
  { action: ['app/people/actions.ts', 'resetPasswordAction'], valid: { userId: '3' }, fields: ['userId'] },
  { action: ['app/people/actions.ts', 'unlockSignInAction'], valid: { userId: '3' }, fields: ['userId'] },
  {
    action: ['app/account/actions.ts', 'changePasswordAction'],
    valid: { currentPassword: PASSWORD, newPassword: 'a-brand-new-password', confirmPassword: 'a-brand-new-password' },
    fields: ['currentPassword', 'newPassword', 'confirmPassword'],
  },
  { action: ['app/account/actions.ts', 'setLanguageAction'], valid: { locale: 'nb' }, fields: ['locale'] },
  {
    action: ['app/login/actions.ts', 'signInAction'],
    valid: { email: 'anne@example.com', password: PASSWORD },
    fields: ['email', 'password'],
  },
  {
    action: ['app/setup/actions.ts', 'setupAction'],
    valid: { name: 'X', email: 'x@example.com', password: 'long-enough-pw' },
    fields: ['name', 'email', 'password'],
  },
  {
    action: ['app/guides/actions.ts', 'createFromTemplateAction'],
    valid: { template: 'nb:blank', title: 'Ny' },
    fields: ['template'],
  },
  {
    action: ['app/guides/actions.ts', 'publishAction'],
    valid: { guideId: '1', baseVersion: '1', note: 'Note' },
    fields: ['guideId', 'baseVersion', 'note'],
  },
  { action: ['app/guides/actions.ts', 'importGuideAction'], valid: {}, fields: ['file'] },
  {
    action: ['app/guides/[id]/actions.ts', 'confirmReadAction'],
    valid: { guideId: '1', version: '1' },
    fields: ['guideId', 'version'],
  },
  {
    action: ['app/guides/[id]/history/actions.ts', 'saveVersionAction'],
    valid: { guideId: '1', name: 'Named' },
    fields: ['guideId'],
  },
  {
    action: ['app/guides/[id]/history/actions.ts', 'restoreAction'],
    valid: { guideId: '1', revision: 'v1' },
    fields: ['guideId', 'revision'],
  },
  {
    action: ['app/reviews/actions.ts', 'setReviewPolicyAction'],
    valid: { guideId: '1', required: 'on', approvals: '1' },
    fields: ['guideId', 'approvals', 'approverIds'],
  },
  {
    action: ['app/reviews/actions.ts', 'submitForReviewAction'],
    valid: { guideId: '1', baseVersion: '1', summary: 'Look' },
    fields: ['guideId', 'baseVersion', 'summary'],
  },
  { action: ['app/reviews/actions.ts', 'withdrawAction'], valid: { requestId: '1' }, fields: ['requestId'] },
  {
    action: ['app/reviews/actions.ts', 'decideAction'],
    valid: { requestId: '1', decision: 'approved' },
    fields: ['requestId', 'decision'],
  },
  {
    action: ['app/reviews/actions.ts', 'commentAction'],
    valid: { requestId: '1', anchor: '', body: 'Hi' },
    fields: ['requestId', 'anchor', 'body'],
  },
  {
    action: ['app/reviews/actions.ts', 'resolveCommentAction'],
    valid: { commentId: '1', requestId: '1' },
    fields: ['commentId', 'requestId'],
  },
  {
    action: ['app/reviews/actions.ts', 'publishApprovedAction'],
    valid: { requestId: '1', note: 'Note' },
    fields: ['requestId', 'note'],
  },
];

// A name may legitimately contain quotes, "<" or unicode: those are stored as text (and shown
// escaped, tested below), not refused. Passwords may contain anything printable.
const FREE_TEXT = ['script', 'SQL quotes', 'control and bidi characters'];
const ACCEPTABLE_TEXT: Record<string, string[]> = {
  // Free text: stored as typed and shown escaped. Empty or too long is still refused.
  note: FREE_TEXT,
  summary: FREE_TEXT,
  body: FREE_TEXT,
  // Optional: leaving it out is a valid choice ("any reviewer", "the whole request").
  approverIds: ['missing'],
  anchor: ['missing', 'empty'],
  // A name is shown beside others: NUL, bidi overrides and invisible-only names are refused (issue 10).
  name: ['script', 'SQL quotes'],
  currentPassword: ['whitespace', 'script', 'SQL quotes', 'control and bidi characters', 'very long'],
  password: ['whitespace', 'script', 'SQL quotes', 'control and bidi characters'],
  newPassword: ['script', 'SQL quotes', 'very long'],
};

describe.each(FORMS)('$action.1', ({ action: [file, name], valid, fields }) => {
  const cases = fields.flatMap((field) =>
    [...BAD_VALUES, ['missing', undefined] as [string, unknown]]
      .filter(([label]) => !ACCEPTABLE_TEXT[field]?.includes(label))
      .map(([label, value]) => ({ field, label, value })),
  );
  test.each(cases)('$field: $label', async ({ field, value }) => {
    const before = snapshot();
    const input: Record<string, unknown> = { ...valid, [field]: value };
    if (value === undefined) delete input[field];
    const { status, body } = await ambassador.callAction(file, name, [null, input]);
    expect(status).toBeLessThan(500);
    const result = actionResult(body);
    expect(result, body.slice(0, 300)).toMatchObject({ ok: false });
    expect(typeof result!.message).toBe('string');
    expect((result!.message as string).length).toBeGreaterThan(5);
    expect(snapshot()).toBe(before);
  });
});

test('a hostile name is stored as text and shown escaped', async () => {
  const hostile = `<img src=x onerror="alert(1)"> O'Brien; DROP TABLE users;--`;
  const result = actionResult(
    (
      await ambassador.submitForm('app/people/actions.ts', 'addPersonAction', {
        name: hostile,
        email: 'obrien@example.com',
        role: 'reader',
      })
    ).body,
  );
  expect(result).toMatchObject({ ok: true });
  const html = await (await ambassador.fetch('/people')).text();
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; O&#x27;Brien; DROP TABLE users;--');
  expect(
    withDatabase(server.dbPath, (db) =>
      db
        .select({ name: users.name })
        .from(users)
        .all()
        .map((u) => u.name),
    ),
  ).toContain(hostile);
  void people;
});

test('an address that is not valid UTF-8 is a page that does not exist (404), not a server error', async () => {
  for (const path of [
    '/guides/%ED%A0%80',
    '/guides/%ED%A0%80/history',
    '/guides/%E0%A4%A',
    '/api/guides/%ED%A0%80/draft',
  ]) {
    const res = await ambassador.fetch(path);
    expect(res.status, path).toBe(404);
    expect(await res.text(), path).toContain('Page not found');
  }
});

test('a server action body over the 6 MB limit is answered 413 with a message, and nothing is written', async () => {
  const before = snapshot();
  const { status, body } = await ambassador.submitForm('app/reviews/actions.ts', 'commentAction', {
    requestId: '1',
    body: 'x'.repeat(7 * MB),
  });
  expect(status).toBe(413);
  expect(JSON.parse(body)).toMatchObject({ message: 'The request is larger than the 6 MB limit. Nothing was saved.' });
  expect(snapshot()).toBe(before);
});
