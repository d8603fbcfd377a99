import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { PASSWORD, seedOnePerRole, seedPeople, withDatabase, type Person } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { eq } from 'drizzle-orm';
import { auditLog, signinRefusals, users } from '@/db/schema';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

describe('first run', () => {
  test('with no users every page leads to setup; setup creates an ambassador once, then is gone', async () => {
    const visitor = new Client(server.url);
    const home = await visitor.fetch('/');
    expect(home.headers.get('location')).toMatch(/\/setup$/);

    const created = actionResult(
      (
        await visitor.submitForm('app/setup/actions.ts', 'setupAction', {
          name: 'Første Ambassadør',
          email: 'First@Example.com',
          password: 'a-long-password',
        })
      ).body,
    );
    // A successful setup redirects (no result line) and signs the new ambassador in.
    expect(created).toBeNull();
    expect((await visitor.fetch('/people')).status).toBe(200);

    const row = withDatabase(server.dbPath, (db) =>
      db.select({ role: users.role, email: users.email }).from(users).all(),
    );
    expect(row).toEqual([{ role: 'ambassador', email: 'first@example.com' }]);

    const second = new Client(server.url);
    const again = actionResult(
      (
        await second.submitForm('app/setup/actions.ts', 'setupAction', {
          name: 'Intruder',
          email: 'x@example.com',
          password: 'another-password',
        })
      ).body,
    );
    expect(again).toMatchObject({ ok: false, error: 'refused' });
    expect(withDatabase(server.dbPath, (db) => db.select().from(users).all())).toHaveLength(1);
    expect((await second.fetch('/setup')).headers.get('location')).toMatch(/\/login$/);
  });
});

describe('signed in', () => {
  let people: Person[];
  beforeAll(async () => {
    people = await seedOnePerRole(server.dbPath);
  });
  const person = (role: string) => people.find((p) => p.role === role)!;

  test('wrong password and unknown e-mail get the same message', async () => {
    const a = actionResult(
      (
        await new Client(server.url).submitForm('app/login/actions.ts', 'signInAction', {
          email: person('reader').email,
          password: 'wrong-password',
        })
      ).body,
    );
    const b = actionResult(
      (
        await new Client(server.url).submitForm('app/login/actions.ts', 'signInAction', {
          email: 'nobody@example.com',
          password: 'wrong-password',
        })
      ).body,
    );
    expect(a).toMatchObject({ ok: false, message: 'Wrong e-mail or password.' });
    expect(b?.message).toBe(a?.message);
  });

  test('after 5 failures from one address that address waits, even with the right password, and it is logged', async () => {
    const email = person('reviewer').email;
    for (let i = 0; i < 5; i++) expect(await new Client(server.url).signIn(email, `wrong-${i}`)).toBe(false);
    const held = actionResult(
      (await new Client(server.url).submitForm('app/login/actions.ts', 'signInAction', { email, password: PASSWORD }))
        .body,
    );
    expect(held).toMatchObject({ ok: false, message: 'Too many failed attempts. Try again in 1 minute.' });
    expect(await new Client(server.url).signIn(email, PASSWORD)).toBe(false);
    // Another account is not affected.
    expect(await new Client(server.url).signIn(person('reader').email, PASSWORD)).toBe(true);
    const events = withDatabase(server.dbPath, (db) =>
      db
        .select({ action: auditLog.action })
        .from(auditLog)
        .all()
        .map((r) => r.action),
    );
    expect(events.filter((e) => e === 'signin.failure').length).toBeGreaterThanOrEqual(5);
    // The two refusals are counted in a row per 15-minute window (two rows if the test spans a boundary).
    const refusals = withDatabase(server.dbPath, (db) =>
      db
        .select()
        .from(signinRefusals)
        .where(eq(signinRefusals.userId, person('reviewer').id))
        .all(),
    );
    expect(refusals.reduce((n, r) => n + r.count, 0)).toBe(2);
    for (const r of refusals) expect(r).toMatchObject({ reason: 'throttled', ip: '127.0.0.1' });
  });

  test('the session cookie is httpOnly and SameSite=Lax', async () => {
    const client = new Client(server.url);
    const { csrfToken } = (await (await client.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    const res = await client.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: person('reader').email, password: PASSWORD, csrfToken }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.includes('session-token'))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  test('a deactivated user is signed out at their next request; a demoted one loses access at once', async () => {
    const ambassador = new Client(server.url);
    expect(await ambassador.signIn(person('ambassador').email, PASSWORD)).toBe(true);
    const reader = new Client(server.url);
    expect(await reader.signIn(person('reader').email, PASSWORD)).toBe(true);
    expect((await reader.fetch('/account')).status).toBe(200);

    const off = actionResult(
      (
        await ambassador.submitForm('app/people/actions.ts', 'setActiveAction', {
          userId: String(person('reader').id),
          active: 'false',
        })
      ).body,
    );
    expect(off).toMatchObject({ ok: true });
    const after = await reader.fetch('/account');
    expect(after.status).toBe(307);
    expect(after.headers.get('location')).toMatch(/\/login\?next=%2Faccount$/);
    expect(await new Client(server.url).signIn(person('reader').email, PASSWORD)).toBe(false);

    // A second ambassador with an open session is demoted: people management is gone at once.
    const [bjorn] = await seedPeople(server.dbPath, [
      { name: 'Bjørn Begge', email: 'bjorn@example.com', role: 'ambassador' },
    ]);
    const second = new Client(server.url);
    expect(await second.signIn(bjorn.email, PASSWORD)).toBe(true);
    expect((await second.fetch('/people')).status).toBe(200);
    const demoted = actionResult(
      (
        await ambassador.submitForm('app/people/actions.ts', 'changeRoleAction', {
          userId: String(bjorn.id),
          role: 'reader',
        })
      ).body,
    );
    expect(demoted).toMatchObject({ ok: true });
    expect((await second.fetch('/people')).status).toBe(403);
    const denied = actionResult(
      (
        await second.submitForm('app/people/actions.ts', 'addPersonAction', {
          name: 'X',
          email: 'x@example.com',
          role: 'reader',
        })
      ).body,
    );
    expect(denied).toMatchObject({ ok: false, error: 'forbidden' });
  });

  test('the last active ambassador cannot be demoted or deactivated', async () => {
    const activeAmbassadors = () =>
      withDatabase(server.dbPath, (db) =>
        db.select({ id: users.id, role: users.role, active: users.active }).from(users).all(),
      ).filter((u) => u.role === 'ambassador' && u.active);
    const ambassador = new Client(server.url);
    expect(await ambassador.signIn(person('ambassador').email, PASSWORD)).toBe(true);
    // Leave exactly one other active ambassador: the one from setup.
    const first = activeAmbassadors().find((u) => u.id !== person('ambassador').id)!;
    expect(
      actionResult(
        (
          await ambassador.submitForm('app/people/actions.ts', 'changeRoleAction', {
            userId: String(first.id),
            role: 'reviewer',
          })
        ).body,
      ),
    ).toMatchObject({ ok: true });
    expect(activeAmbassadors()).toHaveLength(1);
    const demote = actionResult(
      (
        await ambassador.submitForm('app/people/actions.ts', 'changeRoleAction', {
          userId: String(person('ambassador').id),
          role: 'reader',
        })
      ).body,
    );
    expect(demote).toMatchObject({
      ok: false,
      message: 'This is the last active ambassador. Make someone else ambassador first.',
    });
    const deactivate = actionResult(
      (
        await ambassador.submitForm('app/people/actions.ts', 'setActiveAction', {
          userId: String(person('ambassador').id),
          active: 'false',
        })
      ).body,
    );
    expect(deactivate).toMatchObject({ ok: false, message: 'You cannot do this to your own account.' });
    const reset = actionResult(
      (
        await ambassador.submitForm('app/people/actions.ts', 'resetPasswordAction', {
          userId: String(person('ambassador').id),
        })
      ).body,
    );
    expect(reset).toMatchObject({ ok: false, message: 'You cannot do this to your own account.' });
    expect(await new Client(server.url).signIn(person('ambassador').email, PASSWORD)).toBe(true);
    expect(activeAmbassadors()).toHaveLength(1);
  });
});

test('security headers are on pages, static files and API responses', async () => {
  const page = await fetch(`${server.url}/login`);
  const csp = page.headers.get('content-security-policy')!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-eval');
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  const html = await page.text();
  const asset = html.match(/\/_next\/static\/[^"]+\.js/)![0];
  expect((await fetch(server.url + asset)).headers.get('x-content-type-options')).toBe('nosniff');
  expect((await fetch(`${server.url}/api/auth/session`)).headers.get('x-content-type-options')).toBe('nosniff');
});
