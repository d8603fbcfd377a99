import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, signInAs } from '../helpers/browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('first run: setup, add a reviewer who signs in, is kept out of people management, and switches language', async () => {
  const ambassador = await browser.newPage({ locale: 'en-US' });
  const errors: string[] = [];
  ambassador.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));

  // Setup creates the first ambassador and signs them in.
  await ambassador.goto(server.url);
  await expect.poll(() => ambassador.url()).toMatch(/\/setup$/);
  await ambassador.getByRole('heading', { level: 1, name: 'Set up Routine Guide' }).waitFor();
  await ambassador.getByLabel('Name').fill('Kari Nordmann');
  await ambassador.getByLabel('E-mail').fill('kari@example.com');
  await ambassador.getByLabel('Password').fill('kari-sitt-passord');
  await ambassador.getByRole('button', { name: 'Create account and sign in' }).click();
  await ambassador.getByRole('heading', { level: 1, name: 'Welcome, Kari Nordmann' }).waitFor();

  // Setup is gone for good.
  await ambassador.goto(`${server.url}/setup`);
  await expect.poll(() => new URL(ambassador.url()).pathname).not.toBe('/setup');

  // Add a reviewer; the one-time password is shown once.
  await ambassador.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await ambassador.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  const addForm = ambassador.getByRole('form', { name: 'Add a person' });
  await addForm.getByLabel('Name').fill('Rune Reviewer');
  await addForm.getByLabel('E-mail').fill('rune@example.com');
  await addForm.getByLabel('Role').selectOption('reviewer');
  await addForm.getByRole('button', { name: 'Add person' }).click();
  const status = ambassador.getByRole('status').filter({ hasText: 'Rune Reviewer was added' });
  await status.waitFor();
  const oneTimePassword = (await status.locator('code').textContent())!.trim();
  expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
  await ambassador
    .getByRole('row', { name: /Rune Reviewer/ })
    .getByRole('cell', { name: 'Reviewer', exact: true })
    .waitFor();

  // The reviewer signs in with it and must choose their own password first.
  const context = await browser.newContext({ locale: 'en-US' });
  const reviewer = await context.newPage();
  await signInAs(reviewer, server.url, 'rune@example.com', oneTimePassword);
  // Sign-in lands on / and the client then follows the page's redirect: two round trips, which on a
  // busy machine take longer than expect.poll's default second.
  await expect.poll(() => new URL(reviewer.url()).pathname, { timeout: 15_000 }).toBe('/account');
  await reviewer.getByRole('alert').filter({ hasText: 'one-time password' }).waitFor();
  await reviewer.getByLabel('One-time password').fill(oneTimePassword);
  await reviewer.getByLabel('New password', { exact: true }).fill('runes-eget-passord');
  await reviewer.getByLabel('Repeat the new password').fill('runes-eget-passord');
  await reviewer.getByRole('button', { name: 'Change password' }).click();
  // Chosen: on to the page they were going to (here the front page).
  await expect.poll(() => new URL(reviewer.url()).pathname, { timeout: 15_000 }).toBe('/');

  // No way into people management: not in the menu, and refused by address.
  await reviewer.goto(server.url);
  const nav = reviewer.getByRole('navigation', { name: 'Main' });
  await nav.waitFor();
  expect(await nav.getByRole('link', { name: 'People' }).count()).toBe(0);
  const response = await reviewer.goto(`${server.url}/people`);
  expect(response!.status()).toBe(403);
  await reviewer.getByRole('heading', { level: 1, name: 'No access' }).waitFor();

  // Switch language: the whole interface follows, and it sticks to the account.
  await reviewer.goto(`${server.url}/account`);
  await reviewer.getByLabel('Language', { exact: true }).selectOption('nb');
  await reviewer.getByRole('button', { name: 'Save language' }).click();
  await reviewer.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
  await reviewer.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Forside' }).waitFor();
  expect(await reviewer.locator('html').getAttribute('lang')).toBe('nb');
  await context.clearCookies();
  await signInAs(reviewer, server.url, 'rune@example.com', 'runes-eget-passord');
  await reviewer.getByRole('heading', { level: 1, name: 'Velkommen, Rune Reviewer' }).waitFor();

  expect(errors).toEqual([]);
  await context.close();
});

test('a visitor with a Norwegian browser sees the sign-in page in Norwegian', async () => {
  const page = await browser.newPage({ locale: 'nb-NO', extraHTTPHeaders: { 'Accept-Language': 'nb-NO,nb;q=0.9' } });
  await page.goto(`${server.url}/login`);
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.getByLabel('E-post').fill('kari@example.com');
  await page.getByLabel('Passord').fill('feil-passord');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('alert').filter({ hasText: 'Feil e-post eller passord.' }).waitFor();
  // What was typed is kept after a refusal.
  expect(await page.getByLabel('E-post').inputValue()).toBe('kari@example.com');
  await page.close();
});
