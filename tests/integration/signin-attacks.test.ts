/**
 * The sign-in and session attacks of issue 10, each run against the real server: first the attack,
 * then what the server must do instead. Two servers: `direct` (TRUST_PROXY_HOPS unset, as installed)
 * and `proxied` (TRUST_PROXY_HOPS=1, with the test playing the reverse proxy so that each simulated
 * client has its own address).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { startServer, type TestServer } from '../helpers/server';
import { PASSWORD, seedPeople, withDatabase, type Person } from '../helpers/people';
import type { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { ClientAt, burst, flood, prepareSignIn } from '../helpers/signin';
import { createGuideFromTemplate } from '../helpers/guides';
import { auditLog, loginAttempts, sessions, signinRefusals, users } from '@/db/schema';

let direct: TestServer;
let proxied: TestServer;
const people: Record<'direct' | 'proxied', Record<string, Person>> = { direct: {}, proxied: {} };

const NAMES = ['anne', 'burst', 'crowd', 'owner', 'spread', 'locked', 'devices', 'replay', 'spoof'];

beforeAll(async () => {
  [direct, proxied] = await Promise.all([startServer(), startServer({ env: { TRUST_PROXY_HOPS: '1' } })]);
  for (const [key, server] of [
    ['direct', direct],
    ['proxied', proxied],
  ] as const) {
    const seeded = await seedPeople(
      server.dbPath,
      NAMES.map((name) => ({ name, email: `${name}@example.com`, role: 'ambassador' as const })),
    );
    for (const p of seeded) people[key][p.name] = p;
  }
});
afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

const from = (address: string) => ({ 'x-forwarded-for': address });
const attemptsOf = (server: TestServer, userId: number) =>
  withDatabase(server.dbPath, (db) =>
    db
      .select({ result: loginAttempts.result, ip: loginAttempts.ip, at: loginAttempts.at })
      .from(loginAttempts)
      .where(eq(loginAttempts.userId, userId))
      .all(),
  );
const signInAt = async (server: TestServer, email: string, password: string, address: string) =>
  (await prepareSignIn(server.url, email, password, from(address))).fire();

describe('the per-account limit cannot be raced', () => {
  test('40 sign-ins at once, 39 wrong and the right one last, verify at most 5 passwords', async () => {
    const { email, id } = people.proxied.burst;
    const attempts = Array.from({ length: 40 }, (_, i) => ({
      email,
      password: i === 39 ? PASSWORD : `wrong-${i}`,
      headers: from('10.1.0.1'),
    }));
    const signedIn = await burst(proxied.url, attempts);
    const verified = attemptsOf(proxied, id);
    expect(verified.length).toBeLessThanOrEqual(5);
    // The right password got in only if it was one of the few verified (then it is the success).
    expect(verified.filter((a) => a.result === 'success').length).toBe(signedIn[39] ? 1 : 0);
    expect(signedIn.slice(0, 39).every((s) => !s)).toBe(true);
    // Right after the burst, that address waits, right password or not.
    expect(await signInAt(proxied, email, PASSWORD, '10.1.0.1')).toBe(false);
  });

  test('200 wrong passwords at once verify at most 5', async () => {
    const { email, id } = people.proxied.crowd;
    await burst(
      proxied.url,
      Array.from({ length: 200 }, (_, i) => ({ email, password: `wrong-${i}`, headers: from('10.2.0.1') })),
    );
    expect(attemptsOf(proxied, id).length).toBeLessThanOrEqual(5);
  });
});

describe('the client address', () => {
  test('a rotating X-Forwarded-For gets no more tries, and the audit log records the real address', async () => {
    const { email, id } = people.direct.spoof;
    expect(await signInAt(direct, email, 'wrong', '6.6.6.6')).toBe(false);
    const audit = withDatabase(direct.dbPath, (db) =>
      db.select({ detail: auditLog.detail }).from(auditLog).where(eq(auditLog.targetUserId, id)).all(),
    );
    expect(audit).toEqual([{ detail: { ip: '127.0.0.1' } }]);

    await flood(direct.url, 30, 3, (i) => ({
      email: `nobody-${i}@example.com`,
      password: 'wrong',
      headers: from(`10.0.${i}.1`),
    }));
    const rows = withDatabase(direct.dbPath, (db) => db.select({ ip: loginAttempts.ip }).from(loginAttempts).all());
    // 20 failures per address in 15 minutes (one of them the known account's above).
    expect(rows.length).toBeLessThanOrEqual(20);
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set(['127.0.0.1']));
  });

  test('behind a declared proxy, the address the proxy saw counts, not what the client wrote', async () => {
    const { email, id } = people.proxied.spoof;
    expect(await signInAt(proxied, email, 'wrong', '9.9.9.9, 198.51.100.20')).toBe(false);
    expect(attemptsOf(proxied, id).map((a) => a.ip)).toEqual(['198.51.100.20']);
  });
});

describe('a stranger cannot keep an account locked', () => {
  test("a stranger's failures hold back only the stranger's address; ambassadors see it and can unlock", async () => {
    const { email, id, name } = people.proxied.owner;
    for (let i = 0; i < 5; i++) expect(await signInAt(proxied, email, `guess-${i}`, '203.0.113.9')).toBe(false);
    // The owner, from an address with no failures, gets in at once.
    expect(await signInAt(proxied, email, PASSWORD, '198.51.100.7')).toBe(true);
    // The stranger's address waits, even with the right password, and is told for how long.
    const stranger = new ClientAt(proxied.url, '203.0.113.9');
    const held = actionResult(
      (await stranger.submitForm('app/login/actions.ts', 'signInAction', { email, password: PASSWORD })).body,
    );
    expect(held).toMatchObject({ ok: false, message: 'Too many failed attempts. Try again in 1 minute.' });

    const ambassador = new ClientAt(proxied.url, '10.3.0.1');
    expect(await ambassador.signIn(people.proxied.anne.email, PASSWORD)).toBe(true);
    const page = await (await ambassador.fetch('/people')).text();
    expect(page).toMatch(/Sign-in held back: 5 failed attempts in 24 hours; 1 address waits until \d/);
    expect(page).toContain('1 sign-in refused in 24 hours.');
    expect(page).toContain(`Unlock sign-in for ${name}`);
    const unlocked = actionResult(
      (await ambassador.submitForm('app/people/actions.ts', 'unlockSignInAction', { userId: String(id), name })).body,
    );
    expect(unlocked).toMatchObject({
      ok: true,
      message: `Sign-in for ${name} is unlocked: earlier failed attempts no longer count.`,
    });
    expect(await (await ambassador.fetch('/people')).text()).not.toContain(`Unlock sign-in for ${name}`);
    expect(await signInAt(proxied, email, PASSWORD, '203.0.113.9')).toBe(true);
  });

  test('under attack from many addresses, the right password from a clean one still gets in, after a short wait', async () => {
    const { email, id } = people.proxied.spread;
    for (let i = 0; i < 12; i++) expect(await signInAt(proxied, email, `guess-${i}`, `192.0.2.${i + 1}`)).toBe(false);
    expect(await signInAt(proxied, email, PASSWORD, '198.51.100.99')).toBe(true);
    const attempts = attemptsOf(proxied, id).sort((a, b) => a.at.getTime() - b.at.getTime());
    expect(attempts.at(-1)!.result).toBe('success');
    // Its password was verified at a reserved time: with 12 failures, at least 3 s after the last one.
    expect(attempts.at(-1)!.at.getTime() - attempts.at(-2)!.at.getTime()).toBeGreaterThanOrEqual(3000);
    const ambassador = new ClientAt(proxied.url, '10.3.0.2');
    expect(await ambassador.signIn(people.proxied.anne.email, PASSWORD)).toBe(true);
    expect(await (await ambassador.fetch('/people')).text()).toContain(
      'Under attack from many addresses: each sign-in to this account waits a few seconds.',
    );
  });
});

describe('floods are bounded', () => {
  test('2,000 sign-ins for a held e-mail with an 8 KB X-Forwarded-For add a counted row, not 2,000, and one short log line each', async () => {
    const { email, id } = people.direct.locked;
    for (let i = 0; i < 5; i++) await signInAt(direct, email, `guess-${i}`, '127.0.0.1');
    const tables = ['audit_log', 'login_attempts', 'signin_refusals'];
    const rows = () =>
      withDatabase(direct.dbPath, (db) =>
        tables.map((t) => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${t}`))!.n),
      );
    const before = rows();
    const logBefore = direct.output().split('\n').length;
    await flood(direct.url, 2000, 20, (i) => ({
      email,
      password: `flood-${i}`,
      headers: from('x'.repeat(8192)),
    }));
    const after = rows();
    const added = Object.fromEntries(tables.map((t, i) => [t, after[i] - before[i]]));
    // The growing delays let a password through now and then (after 1, 2, 4 … minutes), no more.
    expect(added.audit_log).toBeLessThanOrEqual(3);
    expect(added.login_attempts).toBeLessThanOrEqual(3);
    // One row per account, address and 15-minute window (two if the flood spans a boundary).
    expect(added.signin_refusals).toBeLessThanOrEqual(2);
    const refused = withDatabase(direct.dbPath, (db) =>
      db.select().from(signinRefusals).where(eq(signinRefusals.userId, id)).all(),
    );
    expect(refused.reduce((n, r) => n + r.count, 0)).toBeGreaterThanOrEqual(2000);
    for (const r of refused) expect(r.ip).toBe('127.0.0.1');
    const lines = direct
      .output()
      .split('\n')
      .slice(logBefore - 1)
      .filter(Boolean);
    expect(lines.length).toBeLessThanOrEqual(2000 + 5);
    for (const line of lines) {
      expect(line.length).toBeLessThan(200);
      expect(line).not.toContain('xxxxxxxx');
    }
  }, 600_000);

  test('what was typed as the e-mail is not stored when there is no such account', async () => {
    const typed = 'Tr0ub4dor-typed-in-the-wrong-box';
    expect(await signInAt(proxied, typed, 'something', '10.7.0.1')).toBe(false);
    const refusal = withDatabase(proxied.dbPath, (db) =>
      db.select().from(signinRefusals).where(eq(signinRefusals.ip, '10.7.0.1')).all(),
    );
    expect(refusal).toMatchObject([{ userId: null, reason: 'unknownAccount', count: 1 }]);
    for (const file of [proxied.dbPath, `${proxied.dbPath}-wal`])
      if (fs.existsSync(file)) expect(fs.readFileSync(file).includes(typed)).toBe(false);
    expect(proxied.output()).not.toContain(typed);
  });
});

describe('one-time passwords', () => {
  let otp: string;
  let ambassador: Client;
  beforeAll(async () => {
    ambassador = new ClientAt(proxied.url, '10.4.0.1');
    expect(await ambassador.signIn(people.proxied.anne.email, PASSWORD)).toBe(true);
    await createGuideFromTemplate(ambassador, proxied.dbPath, 'en:blank');
    const added = actionResult(
      (
        await ambassador.submitForm('app/people/actions.ts', 'addPersonAction', {
          name: 'Nina Ny',
          email: 'nina@example.com',
          role: 'ambassador',
        })
      ).body,
    );
    otp = String(added?.secret);
  });

  test('until a password is chosen, every route and action except choosing it refuses', async () => {
    const nina = new ClientAt(proxied.url, '10.4.0.2');
    expect(await nina.signIn('nina@example.com', otp)).toBe(true);
    const draft = await nina.fetch('/api/guides/1/draft');
    expect(draft.status).toBe(403);
    expect(await draft.json()).toMatchObject({ message: 'Choose your own password first, under My account.' });
    const save = await nina.fetch('/api/guides/1/draft', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ baseVersion: 1, doc: { type: 'doc', content: [] } }),
    });
    expect(save.status).toBe(403);
    expect((await nina.fetch('/api/guides/1/export')).status).toBe(403);
    for (const [name, fields] of [
      ['commentAction', { requestId: '1', body: 'Looks good' }],
      ['decideAction', { requestId: '1', decision: 'approved' }],
      ['setReviewPolicyAction', { guideId: '1', required: 'on', approvals: '1' }],
    ] as const) {
      const result = actionResult((await nina.submitForm('app/reviews/actions.ts', name, fields)).body);
      expect(result, name).toMatchObject({
        ok: false,
        error: 'forbidden',
        message: 'Choose your own password first, under My account.',
      });
    }
    const people = actionResult(
      (
        await nina.submitForm('app/people/actions.ts', 'addPersonAction', {
          name: 'X',
          email: 'x@example.com',
          role: 'reader',
        })
      ).body,
    );
    expect(people).toMatchObject({ ok: false, error: 'forbidden' });
    expect((await nina.fetch('/')).headers.get('location')).toMatch(/\/account(#password)?$/);
    expect((await nina.fetch('/account')).status).toBe(200);
    // Choosing it is allowed (and goes on to the front page), and then the rest is.
    const chosen = await nina.submitForm('app/account/actions.ts', 'changePasswordAction', {
      currentPassword: otp,
      newPassword: 'ninas-own-password',
      confirmPassword: 'ninas-own-password',
    });
    expect(chosen.headers.get('x-action-redirect')).toMatch(/^\/;/);
    expect((await nina.fetch('/api/guides/1/draft')).status).toBe(200);
  });

  test('a one-time password no longer signs in 72 hours after it was issued', async () => {
    const reset = actionResult(
      (
        await ambassador.submitForm('app/people/actions.ts', 'resetPasswordAction', {
          userId: String(
            withDatabase(
              proxied.dbPath,
              (db) => db.select().from(users).where(eq(users.email, 'nina@example.com')).get()!.id,
            ),
          ),
        })
      ).body,
    );
    const fresh = String(reset?.secret);
    const early = new ClientAt(proxied.url, '10.4.0.3');
    expect(await early.signIn('nina@example.com', fresh)).toBe(true);
    // Issued 73 hours ago, as far as the database knows.
    withDatabase(proxied.dbPath, (db) =>
      db
        .update(users)
        .set({ oneTimePasswordAt: new Date(Date.now() - 73 * 3600_000) })
        .where(eq(users.email, 'nina@example.com'))
        .run(),
    );
    const late = new ClientAt(proxied.url, '10.4.0.4');
    const refused = actionResult(
      (await late.submitForm('app/login/actions.ts', 'signInAction', { email: 'nina@example.com', password: fresh }))
        .body,
    );
    expect(refused).toMatchObject({
      ok: false,
      message: 'This one-time password has expired (they last 72 hours). Ask an ambassador for a new one.',
    });
    expect(await late.signIn('nina@example.com', fresh)).toBe(false);
    // The session it opened earlier ends with it.
    expect((await early.fetch('/account')).headers.get('location')).toMatch(/\/login\?next=%2Faccount$/);
  });
});

describe('sessions', () => {
  test('changing the password signs out the other devices; this one stays signed in, re-render included', async () => {
    const { email } = people.proxied.devices;
    const here = new ClientAt(proxied.url, '10.5.0.1');
    const other = new ClientAt(proxied.url, '10.5.0.2');
    expect(await here.signIn(email, PASSWORD)).toBe(true);
    expect(await other.signIn(email, PASSWORD)).toBe(true);
    const stolen = other.cookieHeader();
    const { body, headers } = await here.callAction('app/account/actions.ts', 'changePasswordAction', [
      null,
      { currentPassword: PASSWORD, newPassword: 'a-brand-new-password', confirmPassword: 'a-brand-new-password' },
    ]);
    expect(actionResult(body)).toMatchObject({ ok: true, message: 'Your password is changed.' });
    // The page re-rendered in the same response saw a signed-in user, not a redirect to sign-in.
    expect(headers.get('x-action-redirect')).toBeNull();
    expect(body).not.toContain('NEXT_REDIRECT');
    expect((await here.fetch('/account')).status).toBe(200);
    expect((await other.fetch('/account')).headers.get('location')).toMatch(/\/login\?next=%2Faccount$/);
    expect((await other.fetch('/api/guides/1/draft')).status).toBe(401);
    const replay = await fetch(`${proxied.url}/account`, { headers: { cookie: stolen }, redirect: 'manual' });
    expect(replay.status).toBe(307);
  });

  test('signing out revokes the session on the server: a copied cookie no longer works', async () => {
    const { email, id } = people.proxied.replay;
    const client = new ClientAt(proxied.url, '10.6.0.1');
    expect(await client.signIn(email, PASSWORD)).toBe(true);
    const copied = client.cookieHeader();
    expect((await fetch(`${proxied.url}/account`, { headers: { cookie: copied }, redirect: 'manual' })).status).toBe(
      200,
    );
    await client.callAction('app/login/actions.ts', 'signOutAction', []);
    const replay = await fetch(`${proxied.url}/account`, { headers: { cookie: copied }, redirect: 'manual' });
    expect(replay.status).toBe(307);
    expect(replay.headers.get('location')).toMatch(/\/login\?next=%2Faccount$/);
    // The same through next-auth's own sign-out endpoint.
    const second = new ClientAt(proxied.url, '10.6.0.2');
    expect(await second.signIn(email, PASSWORD)).toBe(true);
    const copy2 = second.cookieHeader();
    const { csrfToken } = (await (await second.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    await second.fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken }),
    });
    expect((await fetch(`${proxied.url}/account`, { headers: { cookie: copy2 }, redirect: 'manual' })).status).toBe(
      307,
    );
    const rows = withDatabase(proxied.dbPath, (db) =>
      db.select({ revokedAt: sessions.revokedAt }).from(sessions).where(eq(sessions.userId, id)).all(),
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.revokedAt).not.toBeNull();
  });
});
