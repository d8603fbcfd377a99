import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, openAs } from '../helpers/browser';
import { PASSWORD, seedOnePerRole } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, paragraph, publish, saveDraft } from '../helpers/guides';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';

let server: TestServer;
let browser: Browser;
let guideId: number;
let api: Client;

function withOwner(doc: GuideDoc, routineId: string, owner: string): GuideDoc {
  return {
    ...doc,
    content: doc.content.map((b: JSONNode) =>
      b.type === 'routine' && b.attrs?.id === routineId ? { ...b, attrs: { ...b.attrs, owner } } : b,
    ),
  };
}

async function publishEdit(edit: (doc: GuideDoc) => GuideDoc, note: string) {
  const draft = await getDraft(api, guideId);
  expect((await saveDraft(api, guideId, draft.version, edit(draft.doc))).status).toBe(200);
  const saved = await getDraft(api, guideId);
  expect(actionResult(await publish(api, guideId, saved.version, note))).toMatchObject({ ok: true });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedOnePerRole(server.dbPath);
  api = new Client(server.url);
  expect(await api.signIn('anne@example.com', PASSWORD)).toBe(true);
  guideId = await createGuideFromTemplate(api, server.dbPath, 'en:crm-routine-guide');
  const draft = await getDraft(api, guideId);
  expect(actionResult(await publish(api, guideId, draft.version, 'First version'))).toMatchObject({ ok: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const open = (email: string) => openAs(browser, server.url, email, PASSWORD);

test('a reader confirms v1; v2 is published; the reader sees exactly what changed and confirms again; the adoption page shows it', async () => {
  const reader = await open('liv@example.com');
  await reader.goto(`${server.url}/guides/${guideId}`);
  await reader.getByRole('button', { name: 'I have read version 1' }).click();
  await reader
    .getByRole('status')
    .filter({ hasText: /You confirmed version 1 on|you confirmed that you have read version 1/ })
    .waitFor();

  await publishEdit((doc) => withOwner(doc, 'register-company', 'Kari Nordmann'), 'Kari owns company registration');

  await reader.goto(`${server.url}/guides/${guideId}`);
  const notice = reader.getByRole('region', { name: 'Changed since you read version 1' });
  await notice.getByText('owner of “Register a new company”: All users → Kari Nordmann').waitFor();
  await notice.getByRole('link', { name: 'Show exactly what changed since version 1' }).click();
  await reader.waitForURL(/compare\?from=v1&to=v2$/);
  await reader.getByRole('heading', { name: 'Summary of changes' }).waitFor();
  await reader.getByText(/Owner of “Register a new company”: All users → Kari Nordmann/).waitFor();
  await reader.goBack();
  await reader.getByRole('button', { name: 'I have read version 2' }).click();
  await reader
    .getByRole('status')
    .filter({ hasText: /You confirmed version 2 on|you confirmed that you have read version 2/ })
    .waitFor();

  const ambassador = await open('anne@example.com');
  await ambassador.goto(`${server.url}/guides/${guideId}`);
  await ambassador.getByRole('link', { name: 'Who has read it' }).click();
  await ambassador.getByRole('heading', { level: 1, name: /Who has read/ }).waitFor();
  const row = ambassador.getByRole('row', { name: /Liv Leser/ });
  await row.getByRole('cell', { name: 'Up to date' }).waitFor();
  await ambassador
    .getByRole('row', { name: /Rolf Reviewer/ })
    .getByRole('cell', { name: 'Never opened' })
    .waitFor();
});

test('a reviewer compares v1 with v3 side by side and inline and steps through the changes by keyboard; an ambassador restores v1', async () => {
  await publishEdit(
    (doc) => ({ ...doc, content: [...doc.content, paragraph('A closing word for version three.')] }),
    'A closing word',
  );

  const reviewer = await open('rolf@example.com');
  await reviewer.goto(`${server.url}/guides/${guideId}/history`);
  await reviewer.getByRole('heading', { level: 1, name: /^History/ }).waitFor();
  await reviewer.getByLabel('Older', { exact: true }).selectOption('v1');
  await reviewer.getByLabel('Newer', { exact: true }).selectOption('v3');
  await reviewer.getByRole('button', { name: 'Compare', exact: true }).click();
  await reviewer.waitForURL(/compare\?from=v1&to=v3$/);
  await reviewer.getByRole('link', { name: 'Side by side' }).and(reviewer.locator('[aria-current="page"]')).waitFor();
  await expect
    .poll(() => reviewer.locator('ins').filter({ hasText: 'A closing word for version three.' }).count())
    .toBeGreaterThan(0);

  // Step through the changes with the keyboard.
  await reviewer.locator('body').press('j');
  await reviewer
    .getByRole('status')
    .filter({ hasText: /Change 1 of \d+/ })
    .waitFor();
  await reviewer.locator('body').press('j');
  await reviewer
    .getByRole('status')
    .filter({ hasText: /Change 2 of \d+/ })
    .waitFor();
  await reviewer.keyboard.press('k');
  await reviewer
    .getByRole('status')
    .filter({ hasText: /Change 1 of \d+/ })
    .waitFor();

  await reviewer.getByRole('link', { name: 'Inline' }).click();
  await reviewer.waitForURL(/view=inline$/);
  await reviewer.getByRole('link', { name: 'Inline' }).and(reviewer.locator('[aria-current="page"]')).waitFor();
  await expect.poll(() => reviewer.locator('del, ins').count()).toBeGreaterThan(0);
  // Reviewers cannot restore.
  await reviewer.goto(`${server.url}/guides/${guideId}/history`);
  expect(await reviewer.getByRole('button', { name: /Restore into the draft/ }).count()).toBe(0);

  const ambassador = await open('anne@example.com');
  await ambassador.goto(`${server.url}/guides/${guideId}/history`);
  await ambassador.getByRole('button', { name: /^Restore into the draft\s*: Version 1$/ }).click();
  await ambassador
    .getByRole('dialog', { name: /^Restore version 1 as the draft\?/ })
    .getByRole('button', { name: 'Restore', exact: true })
    .click();
  await ambassador.getByRole('status').filter({ hasText: 'The draft now has the content of Version 1' }).waitFor();
  await ambassador.reload();
  await ambassador.getByRole('heading', { level: 2, name: 'Restored by', exact: false }).first().waitFor();
  const draft = await getDraft(api, guideId);
  expect(JSON.stringify(draft.doc)).not.toContain('Kari Nordmann');
  expect(JSON.stringify(draft.doc)).not.toContain('A closing word for version three.');
});
