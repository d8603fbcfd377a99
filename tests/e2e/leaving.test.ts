import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, openAs, takeBrowserErrors } from '../helpers/browser';
import { PASSWORD, seedOnePerRole, withDatabase } from '../helpers/people';
import { Client } from '../helpers/client';
import { createGuideFromTemplate } from '../helpers/guides';
import { drafts } from '@/db/schema';

let server: TestServer;
let browser: Browser;
let api: Client;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedOnePerRole(server.dbPath);
  api = new Client(server.url);
  expect(await api.signIn('anne@example.com', PASSWORD)).toBe(true);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The draft as stored, read from the database file. */
function storedDraft(guideId: number): string {
  return withDatabase(
    server.dbPath,
    (db) => db.select({ doc: drafts.doc }).from(drafts).where(eq(drafts.guideId, guideId)).get()!.doc,
  );
}

async function newGuide(): Promise<number> {
  return createGuideFromTemplate(api, server.dbPath, 'en:crm-routine-guide');
}

/** Puts the caret at the end of the first paragraph, once the editor is hydrated and editable. */
async function caretInText(page: Page): Promise<void> {
  await page.locator('[contenteditable="true"]').first().waitFor();
  await page.getByRole('textbox', { name: 'Guide text' }).locator('p').first().click();
  await page.keyboard.press('End');
}

async function editing(guideId: number): Promise<Page> {
  const page = await openAs(browser, server.url, 'anne@example.com', PASSWORD);
  await page.goto(`${server.url}/guides/${guideId}/edit`);
  await caretInText(page);
  return page;
}

const holds = (guideId: number, word: string) =>
  expect.poll(() => storedDraft(guideId).includes(word), { timeout: 10_000 }).toBe(true);

test('typing and at once following a header link: the draft holds the text', async () => {
  const guideId = await newGuide();
  const page = await editing(guideId);
  await page.keyboard.type(' HEADERLINK');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.waitForURL(/\/search$/);
  await holds(guideId, 'HEADERLINK');
  await page.context().close();
});

test('typing and at once opening the preview: the preview and the draft show what was typed last', async () => {
  const guideId = await newGuide();
  const page = await editing(guideId);
  await page.keyboard.type(' PREVIEWLINK');
  await page.getByRole('link', { name: 'Preview as readers will see it' }).click();
  await page.waitForURL(/\/draft$/);
  await page
    .getByText(/PREVIEWLINK/)
    .first()
    .waitFor();
  await holds(guideId, 'PREVIEWLINK');
  await page.context().close();
});

test('typing and at once going back: the draft holds the text', async () => {
  const guideId = await newGuide();
  const page = await openAs(browser, server.url, 'anne@example.com', PASSWORD);
  await page.goto(`${server.url}/guides/${guideId}`);
  await page.getByRole('link', { name: 'Edit draft' }).click();
  await page.waitForURL(/\/edit$/);
  await caretInText(page);
  await page.keyboard.type(' GOINGBACK');
  await page.goBack();
  await page.waitForURL(new RegExp(`/guides/${guideId}$`));
  await holds(guideId, 'GOINGBACK');
  await page.context().close();
});

test('typing and at once signing out: the draft holds the text', async () => {
  const guideId = await newGuide();
  const page = await editing(guideId);
  await page.keyboard.type(' SIGNINGOUT');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
  await holds(guideId, 'SIGNINGOUT');
  await page.context().close();
});

test('typing and at once closing the window: the draft holds the text', async () => {
  const guideId = await newGuide();
  const page = await editing(guideId);
  await page.keyboard.type(' CLOSINGTAB');
  // Closed as a person closes a tab: the unload events run (and the "leave?" prompt is answered).
  // Closing the whole context instead kills the renderer, sometimes before pagehide has sent.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.close({ runBeforeUnload: true });
  await holds(guideId, 'CLOSINGTAB');
  await page.context().close();
});

test('when the save fails, leaving asks first; Stay keeps the text, and once saving works the link leaves', async () => {
  const guideId = await newGuide();
  const page = await editing(guideId);
  const draftApi = `**/api/guides/${guideId}/draft`;
  await page.route(draftApi, (route) => route.abort('internetdisconnected'));
  await page.keyboard.type(' OFFLINEWORDS');
  const home = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
  await home.click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(page.url()).toMatch(/\/edit$/);
  await page
    .getByRole('textbox', { name: 'Guide text' })
    .getByText(/OFFLINEWORDS/)
    .waitFor();
  expect(storedDraft(guideId).includes('OFFLINEWORDS')).toBe(false);

  // The refused saves are logged by the browser as failed loads: expected here, and nothing else.
  const logged = takeBrowserErrors();
  expect(logged.length).toBeGreaterThan(0);
  expect(
    logged.filter(
      (line) => !line.includes(`net::ERR_INTERNET_DISCONNECTED (${server.url}/api/guides/${guideId}/draft)`),
    ),
  ).toEqual([]);

  await page.unroute(draftApi);
  await home.click();
  await page.waitForURL(/\/search$/);
  await holds(guideId, 'OFFLINEWORDS');
  await page.context().close();
});
