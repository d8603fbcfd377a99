import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, openAs } from '../helpers/browser';
import { PASSWORD, seedPeople } from '../helpers/people';
import { sharedDir } from '../helpers/shared';

const EMAIL_INDEX = path.join(sharedDir(), 'corpus', 'en_email_index.mdx');
const SEED = path.join(sharedDir(), 'seed', 'onboard-users.no.md');
const SHOTS = '/tmp/i9-import';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedPeople(server.dbPath, [{ name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' }]);
  fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
}

async function preview(page: Page, file: string, labels: { file: RegExp; preview: RegExp }): Promise<void> {
  await page.goto(`${server.url}/guides/new`);
  await page.waitForLoadState('networkidle');
  await page.getByLabel(labels.file).setInputFiles(file);
  await page.getByRole('button', { name: labels.preview }).click();
}

test('the email index page: the preview lists every warning, and the guide shows its links and text without markup, full width', async () => {
  const anne = await openAs(browser, server.url, 'anne@example.com', PASSWORD, 'en-GB');
  await anne.setViewportSize({ width: 1280, height: 900 });

  // A file that is not Markdown gets a clear message and no preview.
  const notMarkdown = path.join(SHOTS, 'notes.txt');
  fs.writeFileSync(notMarkdown, 'Just text');
  await preview(anne, notMarkdown, { file: /^Markdown file$/, preview: /^Show what will be imported$/ });
  await anne.getByText('Choose a Markdown file (.md or .mdx).').waitFor();
  expect(await anne.getByRole('region', { name: 'What will be imported' }).count()).toBe(0);

  await preview(anne, EMAIL_INDEX, { file: /^Markdown file$/, preview: /^Show what will be imported$/ });

  const shown = anne.getByRole('region', { name: 'What will be imported' });
  await shown.waitFor();
  const titles = shown.getByRole('group', { name: 'Title of the guide' });
  expect(await titles.getByRole('radio').count()).toBe(2);
  expect(await titles.getByRole('radio', { name: /^Email/ }).isChecked()).toBe(true);
  await titles.getByRole('radio', { name: /^en_email_index/ }).waitFor();
  await shown.getByRole('heading', { name: 'No routines' }).waitFor();
  const warnings = shown.getByRole('list', { name: /^\d+ warnings$/ });
  const written = [...fs.readFileSync(EMAIL_INDEX, 'utf8').matchAll(/<a href="([^"]+)">/g)].length;
  expect(await warnings.getByRole('listitem').count()).toBe(written + 5);
  await warnings
    .getByText('Line 11: <div> is not a guide element: its markup was left out and its text and links kept (37 times)')
    .waitFor();
  await warnings.getByText(/^Line 26: Link "\/en\/email\/learn\/index" points to a page or file/).waitFor();
  await shoot(anne, 'preview-en');

  await anne.getByRole('button', { name: 'Import' }).click();
  await anne.waitForURL(/\/guides\/\d+\/edit$/);
  await anne.goto(anne.url().replace(/\/edit$/, '/draft'));
  const article = anne.locator('article');
  await article.getByRole('heading', { level: 1, name: 'Email' }).waitFor();
  const text = (await article.textContent()) ?? '';
  expect(text).not.toMatch(/<\/?(div|Card|Icon|Columns|span|ul|li|a)\b/);
  expect(text).not.toContain('className');
  expect(await article.getByRole('link', { name: 'Introduction to email' }).getAttribute('href')).toBe(
    '/en/email/learn/index',
  );
  expect(await article.getByRole('listitem').count()).toBe(written);

  // No headings: no contents column, and the text gets the full reading width (42rem), not 16rem.
  expect(await anne.getByRole('navigation', { name: 'Contents' }).count()).toBe(0);
  const box = await article.getByText('Welcome to the email area', { exact: false }).last().boundingBox();
  expect(box?.width).toBeGreaterThan(600);
  await shoot(anne, 'guide-no-headings-en');
});

test('the seed article in Norwegian: both titles are offered, the first heading is chosen and becomes the title', async () => {
  const anne = await openAs(browser, server.url, 'anne@example.com', PASSWORD, 'nb-NO');
  await anne.setViewportSize({ width: 1280, height: 900 });
  await preview(anne, SEED, { file: /^Markdown-fil$/, preview: /^Vis hva som blir importert$/ });

  const shown = anne.getByRole('region', { name: 'Dette blir importert' });
  await shown.waitFor();
  const titles = shown.getByRole('group', { name: 'Guidens tittel' });
  expect(await titles.getByRole('radio', { name: /^Oversikt/ }).isChecked()).toBe(true);
  await titles.getByRole('radio', { name: /^Få brukerne dine med på laget/ }).check();
  await shown.getByRole('heading', { name: /^\d+ avsnitt$/ }).waitFor();
  const warnings = shown.getByRole('list', { name: '1 advarsel' });
  await warnings.getByText(/^Linje \d+: Lenken «\.\.\/\.\.\/webtools\/learn\/install\.md» peker til en side/).waitFor();
  await shoot(anne, 'preview-nb');
  // The choice survives the screenshots' resizes.
  expect(await titles.getByRole('radio', { name: /^Få brukerne dine med på laget/ }).isChecked()).toBe(true);

  await anne.getByRole('button', { name: 'Importer' }).click();
  await anne.waitForURL(/\/guides\/\d+\/edit$/);
  await anne.goto(anne.url().replace(/\/edit$/, '/draft'));
  const article = anne.locator('article');
  await article.getByRole('heading', { level: 1, name: 'Få brukerne dine med på laget' }).waitFor();
  // The chosen heading is the title, so it is not repeated in the text.
  expect(await article.getByRole('heading', { name: 'Få brukerne dine med på laget' }).count()).toBe(1);
  await anne.getByRole('navigation', { name: 'Innhold' }).waitFor();
  await shoot(anne, 'guide-nb');
});
