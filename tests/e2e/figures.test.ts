/**
 * Issue 9, what a person sees: History, the guide and Compare name the same change after a
 * publish through review; the adoption sentence agrees with its table; a decision shows as made.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, openAs } from '../helpers/browser';
import { PASSWORD, seedPeople } from '../helpers/people';
import { Client } from '../helpers/client';
import { actionResult } from '../helpers/next-internals';
import { createGuideFromTemplate, getDraft, publish, saveDraft } from '../helpers/guides';

let server: TestServer;
let browser: Browser;
let api: Client;
let guideId: number;

/** With SCREENSHOTS=<dir>, pages are saved there at desktop and phone width, for a person to look at. */
async function screenshots(page: Page, name: string) {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  for (const [width, label] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedPeople(server.dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Rolf Reviewer', email: 'rolf@example.com', role: 'reviewer' },
    { name: 'Liv Leser', email: 'liv@example.com', role: 'reader' },
  ]);
  api = new Client(server.url);
  expect(await api.signIn('anne@example.com', PASSWORD)).toBe(true);
  guideId = await createGuideFromTemplate(api, server.dbPath, 'en:crm-adoption-plan');
  const draft = await getDraft(api, guideId);
  expect(actionResult(await publish(api, guideId, draft.version, 'First'))).toMatchObject({ ok: true });
  const liv = new Client(server.url);
  expect(await liv.signIn('liv@example.com', PASSWORD)).toBe(true);
  const confirmed = await liv.submitForm('app/guides/[id]/actions.ts', 'confirmReadAction', {
    guideId: String(guideId),
    version: '1',
  });
  expect(actionResult(confirmed.body)).toMatchObject({ ok: true });
  const policy = await api.submitForm('app/reviews/actions.ts', 'setReviewPolicyAction', {
    guideId: String(guideId),
    required: 'on',
    approvals: '1',
  });
  expect(actionResult(policy.body)).toMatchObject({ ok: true });
  // One routine gets a new owner.
  const before = await getDraft(api, guideId);
  const first = before.doc.content.findIndex((b) => b.type === 'routine');
  const content = before.doc.content.map((b, i) =>
    i === first ? { ...b, attrs: { ...b.attrs, owner: 'Kari Nordmann' } } : b,
  );
  expect((await saveDraft(api, guideId, before.version, { ...before.doc, content })).status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const open = (email: string) => openAs(browser, server.url, email, PASSWORD);

test('after submitting, the review page offers the open request, not the same draft again', async () => {
  const anne = await open('anne@example.com');
  await anne.goto(`${server.url}/guides/${guideId}/review`);
  const submit = anne.getByRole('form', { name: 'Submit the draft for review' });
  await submit.getByLabel('Summary for the reviewers').fill('Kari owns the first routine');
  await submit.getByRole('button', { name: 'Submit for review' }).click();
  const section = anne.getByRole('region', { name: 'Submit the draft for review' });
  await section
    .getByRole('status')
    .filter({ hasText: 'This draft is already submitted for review, unchanged since: request #1 is open.' })
    .waitFor();
  expect(await anne.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);
  await section.getByRole('link', { name: 'Open request #1' }).waitFor();
  await screenshots(anne, 'review-submitted');
  await anne.context().close();
});

test('a reviewer who approved sees the decision as made, with only "Ask for changes" left', async () => {
  const rolf = await open('rolf@example.com');
  await rolf.goto(`${server.url}/reviews/1`);
  await rolf.getByRole('button', { name: 'Approve' }).click();
  const made = rolf.getByRole('status').filter({ hasText: /^You approved this revision on .+\.$/ });
  await made.waitFor();
  expect(await rolf.getByRole('button', { name: 'Approve' }).count()).toBe(0);
  await rolf.getByRole('button', { name: 'Ask for changes' }).waitFor();
  await rolf.reload();
  await made.waitFor();
  expect(await rolf.getByText(/Rolf Reviewer approved/).count()).toBe(1);
  await screenshots(rolf, 'review-approved');
  await rolf.context().close();
});

test('History, the guide and Compare name the same change for the version published through review', async () => {
  const published = await api.submitForm('app/reviews/actions.ts', 'publishApprovedAction', {
    requestId: '1',
    note: 'Approved',
  });
  expect(actionResult(published.body)).toMatchObject({ ok: true, message: 'Version 2 is published.' });

  const anne = await open('anne@example.com');
  await anne.goto(`${server.url}/guides/${guideId}/history`);
  const v2 = anne.getByRole('listitem').filter({ has: anne.getByRole('heading', { name: 'Version 2', exact: true }) });
  const summary = (await v2
    .locator('p')
    .filter({ hasText: /1 routine changed/ })
    .textContent())!;
  expect(summary).toMatch(/1 routine changed/);
  await v2.getByRole('link', { name: /Compare with the one before/ }).click();
  await anne.waitForURL(new RegExp(`/guides/${guideId}/compare\\?from=v1&to=v2$`));
  const compared = anne.getByRole('region', { name: 'Summary of changes' });
  await compared.getByText('1 routine changed', { exact: true }).waitFor();
  await compared.getByText(/^Owner of “.+”: .+ → Kari Nordmann/).waitFor();
  expect(summary).toMatch(/owner of “.+”: .+ → Kari Nordmann/i);
  await screenshots(anne, 'history-compare');

  const liv = await open('liv@example.com');
  await liv.goto(`${server.url}/guides/${guideId}`);
  const notice = liv.getByRole('region', { name: 'Changed since you read version 1' });
  await notice.getByText(summary, { exact: false }).waitFor();
  await liv.context().close();
  await anne.context().close();
});

test('"Who has read it": the sentence counts the rows the table shows', async () => {
  for (const [locale, sentence, behindCell] of [
    ['en-GB', '0 of 3 people have confirmed version 2; 3 are behind; 2 have never opened it.', /versions? behind/],
    ['nb-NO', '0 av 3 personer har bekreftet versjon 2; 3 er bak; 2 har aldri åpnet den.', /versjon(er)? bak/],
  ] as const) {
    const anne = await openAs(browser, server.url, 'anne@example.com', PASSWORD, locale);
    await anne.goto(`${server.url}/guides/${guideId}/adoption`);
    await anne.getByRole('status').filter({ hasText: sentence }).waitFor();
    const rows = anne.getByRole('row').filter({ has: anne.getByRole('rowheader') });
    expect(await rows.count()).toBe(3);
    expect(await rows.filter({ hasText: behindCell }).count()).toBe(3);
    await screenshots(anne, `adoption-${locale}`);
    await anne.context().close();
  }
});
