/**
 * Issue 9, the smaller things: a signed-out deep link and a one-time password come back to the
 * page asked for; deactivating and restoring ask first, in a sentence.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, openAs } from '../helpers/browser';
import { PASSWORD, seedPeople, withDatabase, type Person } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, paragraph, publish, saveDraft } from '../helpers/guides';
import { revisions, users } from '@/db/schema';

let server: TestServer;
let browser: Browser;
let people: Person[];
let guideId: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  people = await seedPeople(server.dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Ola Nordmann', email: 'ola@example.com', role: 'reader' },
    { name: 'Liv Leser', email: 'liv@example.com', role: 'reader' },
  ]);
  const api = new Client(server.url);
  expect(await api.signIn('anne@example.com', PASSWORD)).toBe(true);
  guideId = await createGuideFromTemplate(api, server.dbPath, 'en:crm-adoption-plan');
  for (const note of ['First', 'Second']) {
    const draft = await getDraft(api, guideId);
    const doc = note === 'First' ? draft.doc : { ...draft.doc, content: [...draft.doc.content, paragraph(note)] };
    expect((await saveDraft(api, guideId, draft.version, doc)).status).toBe(200);
    const saved = await getDraft(api, guideId);
    expect(actionResult(await publish(api, guideId, saved.version, note))).toMatchObject({ ok: true });
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const deepLink = () => `/guides/${guideId}/compare?from=v1&to=v2`;

async function signInAtLogin(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB' } });
  return context.newPage();
}

test('a signed-out deep link returns to the page asked for after signing in', async () => {
  const page = await freshPage();
  await page.goto(`${server.url}${deepLink()}`);
  await page.waitForURL((url) => url.pathname === '/login');
  expect(new URL(page.url()).searchParams.get('next')).toBe(deepLink());
  await signInAtLogin(page, 'ola@example.com', PASSWORD);
  await page.waitForURL((url) => url.pathname + url.search === deepLink());
  await page.getByRole('heading', { level: 1, name: /Compare/ }).waitFor();
  await page.context().close();
});

test('a next pointing at another site is not followed', async () => {
  const page = await freshPage();
  await page.goto(`${server.url}/login?next=${encodeURIComponent('//evil.example/x')}`);
  await signInAtLogin(page, 'ola@example.com', PASSWORD);
  await page.waitForURL((url) => url.origin === server.url && url.pathname === '/');
  await page.context().close();
});

test('with a one-time password: the field is labelled so, and choosing a password continues to the page', async () => {
  const liv = people.find((p) => p.email === 'liv@example.com')!;
  withDatabase(server.dbPath, (db) =>
    db.update(users).set({ mustChangePassword: true, oneTimePasswordAt: new Date() }).where(eq(users.id, liv.id)).run(),
  );
  const page = await freshPage();
  await page.goto(`${server.url}${deepLink()}`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInAtLogin(page, liv.email, PASSWORD);
  await page.waitForURL((url) => url.pathname === '/account');
  await page.getByLabel('One-time password').fill(PASSWORD);
  expect(await page.getByLabel('Current password').count()).toBe(0);
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password');
  await page.getByLabel('Repeat the new password').fill('a-brand-new-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.waitForURL((url) => url.pathname + url.search === deepLink());
  await page.getByRole('heading', { level: 1, name: /Compare/ }).waitFor();
  await page.context().close();
});

test('deactivating a person asks first, in a sentence; Cancel changes nothing', async () => {
  const anne = await openAs(browser, server.url, 'anne@example.com', PASSWORD);
  await anne.goto(`${server.url}/people`);
  const question = 'Deactivate Ola Nordmann? They can no longer sign in; their history stays.';
  await anne.getByRole('button', { name: 'Deactivate Ola Nordmann' }).click();
  const dialog = anne.getByRole('dialog', { name: question });
  await dialog.waitFor();
  if (process.env.SCREENSHOTS) await anne.screenshot({ path: `${process.env.SCREENSHOTS}/deactivate-dialog.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const active = () =>
    withDatabase(
      server.dbPath,
      (db) => db.select({ active: users.active }).from(users).where(eq(users.email, 'ola@example.com')).get()!.active,
    );
  expect(active()).toBe(true);

  await anne.getByRole('button', { name: 'Deactivate Ola Nordmann' }).click();
  await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await anne.getByText('Ola Nordmann is deactivated and signed out.').waitFor();
  expect(active()).toBe(false);
  await anne.context().close();
});

test('restoring asks first, in a sentence; Cancel restores nothing', async () => {
  const anne = await openAs(browser, server.url, 'anne@example.com', PASSWORD);
  await anne.goto(`${server.url}/guides/${guideId}/history`);
  const count = () => withDatabase(server.dbPath, (db) => db.select({ id: revisions.id }).from(revisions).all().length);
  const before = count();
  await anne.getByRole('button', { name: /^Restore into the draft\s*: Version 1$/ }).click();
  const dialog = anne.getByRole('dialog', {
    name: 'Restore version 1 as the draft? The current draft is kept in the history first.',
  });
  await dialog.waitFor();
  if (process.env.SCREENSHOTS) await anne.screenshot({ path: `${process.env.SCREENSHOTS}/restore-dialog.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(count()).toBe(before);
  await anne.context().close();
});
