import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, openAs } from '../helpers/browser';
import { PASSWORD, seedPeople } from '../helpers/people';
import { Client } from '../helpers/client';
import { createGuideFromTemplate, getDraft, paragraph, saveDraft } from '../helpers/guides';

let server: TestServer;
let browser: Browser;
let api: Client;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedPeople(server.dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Bjørn Ambassadør', email: 'bjorn@example.com', role: 'ambassador' },
  ]);
  api = new Client(server.url);
  expect(await api.signIn('anne@example.com', PASSWORD)).toBe(true);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function editing(email: string, guideId: number, locale = 'en-GB'): Promise<Page> {
  const page = await openAs(browser, server.url, email, PASSWORD, locale);
  await page.goto(`${server.url}/guides/${guideId}/edit`);
  await page.locator('[contenteditable="true"]').first().waitFor();
  return page;
}

async function typeAtEndOfFirstParagraph(page: Page, words: string): Promise<void> {
  await page.getByRole('textbox').locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(words);
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

test('a conflict with my own other window says so, and shows what differs', async () => {
  const guideId = await createGuideFromTemplate(api, server.dbPath, 'en:crm-routine-guide');
  const first = await editing('anne@example.com', guideId);
  const second = await editing('anne@example.com', guideId);
  await typeAtEndOfFirstParagraph(second, ' SECONDWINDOW');
  await saved(second);

  await typeAtEndOfFirstParagraph(first, ' FIRSTWINDOW');
  const notice = first.getByRole('alert').filter({ has: first.getByRole('heading') });
  await notice.getByRole('heading', { name: /^You changed this draft in another window at \d{1,2}:\d{2}/ }).waitFor();
  const text = await notice.textContent();
  expect(text).not.toMatch(/someone else|their version/i);
  expect(await first.getByRole('status').textContent()).not.toMatch(/someone else/i);
  const differs = notice.getByRole('region', { name: 'What differs' });
  await differs.getByText(/SECONDWINDOW/).waitFor();
  await differs.getByText(/FIRSTWINDOW/).waitFor();
  await notice.getByRole('button', { name: 'Load the other window’s version' }).waitFor();
  await first.context().close();
  await second.context().close();
});

test('a conflict with another person names them, and shows what differs', async () => {
  const guideId = await createGuideFromTemplate(api, server.dbPath, 'en:crm-routine-guide');
  const anne = await editing('anne@example.com', guideId);
  const bjorn = await editing('bjorn@example.com', guideId);
  await typeAtEndOfFirstParagraph(bjorn, ' BJORNWORDS');
  await saved(bjorn);

  await typeAtEndOfFirstParagraph(anne, ' ANNEWORDS');
  const notice = anne.getByRole('alert').filter({ has: anne.getByRole('heading') });
  await notice.getByRole('heading', { name: /^Bjørn Ambassadør saved the draft at/ }).waitFor();
  const differs = notice.getByRole('region', { name: 'What differs' });
  await differs.getByText(/BJORNWORDS/).waitFor();
  await differs.getByText(/ANNEWORDS/).waitFor();
  await anne.context().close();
  await bjorn.context().close();
});

for (const [locale, names] of [
  ['en-GB', { insert: 'Insert table', addRow: 'Add row', addColumn: 'Add column', deleteRow: 'Delete row' }],
  [
    'nb-NO',
    { insert: 'Sett inn tabell', addRow: 'Legg til rad', addColumn: 'Legg til kolonne', deleteRow: 'Slett rad' },
  ],
] as const) {
  test(`table buttons show their names (${locale}) and "Add row" puts the caret in the new row`, async () => {
    const guideId = await createGuideFromTemplate(api, server.dbPath, 'en:crm-routine-guide');
    const { version } = await getDraft(api, guideId);
    const oneParagraph = { type: 'doc', content: [paragraph('A table follows.')] };
    expect((await saveDraft(api, guideId, version, oneParagraph)).status).toBe(200);
    const page = await editing('anne@example.com', guideId, locale);
    const text = page.getByRole('textbox').first();
    await text.locator('p').first().click();
    await page.keyboard.press('End');
    const toolbar = page.getByRole('toolbar');
    await toolbar.getByRole('button', { name: names.insert }).click();
    const table = text.locator('table');
    await table.waitFor();

    for (const name of [names.addRow, names.addColumn, names.deleteRow]) {
      const button = toolbar.getByRole('button', { name, exact: true });
      expect((await button.innerText()).trim()).toBe(name);
      expect(await button.getAttribute('title')).toBe(name);
    }

    // The caret is in the header row's first cell after inserting; the new row comes after it.
    await toolbar.getByRole('button', { name: names.addRow, exact: true }).click();
    await page.keyboard.type('NEWROW');
    const rows = table.locator('tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(1).locator('td, th').first().innerText()).toContain('NEWROW');
    expect(await rows.nth(0).innerText()).not.toContain('NEWROW');
    await page.screenshot({ path: `/tmp/i9-leave/table-${locale}.png` });
    await page.context().close();
  });
}
