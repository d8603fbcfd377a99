import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, openAs } from '../helpers/browser';
import { PASSWORD, seedPeople } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, paragraph, publish, saveDraft } from '../helpers/guides';
import type { GuideDoc, JSONNode } from '@/lib/doc/types';

// Issue 9 as a Norwegian reader sees it: dates in words, «» quotes, plurals, and revisions and
// moves named as a person would name them, on the real history, compare and review pages.

let server: TestServer;
let browser: Browser;
let guideId: number;
let anne: Client;

const SHOTS = '/tmp/i9-labels';
const dateTime =
  /\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4} \d\d:\d\d/;

const isRoutine = (id: string) => (b: JSONNode) => b.type === 'routine' && b.attrs?.id === id;

/** v2: «Navneregler for firmaer» moves to the top of «Firma», «Velge kategori» gets a new title. */
function secondVersion(doc: GuideDoc): GuideDoc {
  const naming = doc.content.find(isRoutine('company-naming'))!;
  const rest = doc.content
    .filter((b) => !isRoutine('company-naming')(b))
    .map((b) =>
      isRoutine('company-categories')(b) ? { ...b, attrs: { ...b.attrs, title: 'Velge firmakategori' } } : b,
    );
  const firma = rest.findIndex((b) => b.type === 'heading' && b.content?.[0]?.text === 'Firma');
  return { ...doc, content: [...rest.slice(0, firma + 1), naming, ...rest.slice(firma + 1)] };
}

async function publishDraft(note: string) {
  const draft = await getDraft(anne, guideId);
  expect(actionResult(await publish(anne, guideId, draft.version, note))).toMatchObject({ ok: true });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedPeople(server.dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Rolf Reviewer', email: 'rolf@example.com', role: 'reviewer' },
  ]);
  anne = new Client(server.url);
  expect(await anne.signIn('anne@example.com', PASSWORD)).toBe(true);
  guideId = await createGuideFromTemplate(anne, server.dbPath, 'nb:crm-routine-guide');
  await publishDraft('Første versjon');
  const draft = await getDraft(anne, guideId);
  expect((await saveDraft(anne, guideId, draft.version, secondVersion(draft.doc))).status).toBe(200);
  await publishDraft('Flyttet og omdøpt');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const open = (email: string) => openAs(browser, server.url, email, PASSWORD, 'nb-NO');

async function shoot(page: Page, name: string) {
  for (const [width, height, size] of [
    [1280, 900, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the reading page writes the review-by date in Norwegian', async () => {
  const page = await open('anne@example.com');
  await page.goto(`${server.url}/guides/${guideId}`);
  await page.getByText('30. juni 2027').first().waitFor();
  expect(await page.getByText('2027-06-30').count()).toBe(0);
});

test('history names revisions by number, author and time, and the summary names the renamed and moved routines', async () => {
  const page = await open('anne@example.com');
  await page.goto(`${server.url}/guides/${guideId}/history`);
  await page.getByRole('heading', { level: 2, name: 'Versjon 2', exact: true }).waitFor();
  const created = page.getByRole('heading', { level: 2, name: /^Guiden ble opprettet av Anne Ambassadør, / });
  expect(await created.textContent()).toMatch(dateTime);
  const v2 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Versjon 2', exact: true }) });
  await v2.getByText('1 rutine fikk nytt navn: «Velge kategori» → «Velge firmakategori»', { exact: false }).waitFor();
  await v2.getByText('1 rutine flyttet: «Navneregler for firmaer»', { exact: false }).waitFor();
  expect(await page.getByText(/\br\d+\b|“|”/).count()).toBe(0);
  await shoot(page, 'history-nb');
});

test('compare says where a block went and names the routines in «»', async () => {
  const page = await open('anne@example.com');
  await page.goto(`${server.url}/guides/${guideId}/compare?from=v1&to=v2`);
  await page.getByText('Versjon 1 sammenlignet med Versjon 2').waitFor();
  const summary = page.getByRole('region', { name: 'Oppsummering av endringene' });
  await summary
    .getByRole('listitem')
    .filter({ hasText: '1 rutine fikk nytt navn: «Velge kategori» → «Velge firmakategori»' })
    .waitFor();
  const moved = page.getByRole('group', { name: /^Flyttet øverst i «Firma»/ });
  await moved.waitFor();
  expect(await moved.getAttribute('data-status')).toBe('moved');
  expect(await page.getByText(/fra plass \d+ til \d+/).count()).toBe(0);
  await shoot(page, 'compare-nb');

  // The same comparison with an English menu language: English words, English quotes.
  const english = await openAs(browser, server.url, 'anne@example.com', PASSWORD, 'en-GB');
  await english.goto(`${server.url}/guides/${guideId}/compare?from=v1&to=v2`);
  await english.getByRole('group', { name: /^Moved to the top of “Firma”/ }).waitFor();
  await english
    .getByRole('region', { name: 'Summary of changes' })
    .getByRole('listitem')
    .filter({ hasText: '1 routine renamed: “Velge kategori” → “Velge firmakategori”' })
    .waitFor();
  await shoot(english, 'compare-en');
});

test('a review request: the submission is named by who and when, blocks by their words, approvals in the plural', async () => {
  const act = async (name: string, fields: Record<string, string>) =>
    actionResult((await anne.submitForm('app/reviews/actions.ts', name, fields)).body);
  expect(
    await act('setReviewPolicyAction', { guideId: String(guideId), required: 'on', approvals: '1' }),
  ).toMatchObject({ ok: true });
  const before = await getDraft(anne, guideId);
  const edited = { ...before.doc, content: [...before.doc.content, paragraph('Et nytt avsnitt til slutt.')] };
  expect((await saveDraft(anne, guideId, before.version, edited)).status).toBe(200);
  const draft = await getDraft(anne, guideId);
  expect(
    await act('submitForReviewAction', {
      guideId: String(guideId),
      baseVersion: String(draft.version),
      summary: 'Til gjennomgang',
    }),
  ).toMatchObject({ ok: true });

  const page = await open('rolf@example.com');
  await page.goto(`${server.url}/reviews/1`);
  await page.getByRole('heading', { level: 2, name: '0 av 1 godkjenning', exact: true }).waitFor();
  const column = page.getByText(/^Sendt til gjennomgang av Anne Ambassadør, /).first();
  expect(await column.textContent()).toMatch(dateTime);
  expect(await page.getByText(/^#\d+$/).count()).toBe(0);
  const about = await page.getByLabel('Gjelder').locator('option').allTextContents();
  expect(about).toContain('Rutine «Registrere nytt firma»');
  expect(about.some((label) => /^\d+\. /.test(label))).toBe(false);
  await shoot(page, 'review-nb');

  const owner = await open('anne@example.com');
  await owner.goto(`${server.url}/reviews/1`);
  await owner.getByText('Publisering er mulig når 1 godkjenning er på plass.').waitFor();
});
