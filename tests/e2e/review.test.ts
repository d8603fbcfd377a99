import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser, openAs } from '../helpers/browser';
import { PASSWORD, seedPeople } from '../helpers/people';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedPeople(server.dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Rolf Reviewer', email: 'rolf@example.com', role: 'reviewer' },
    { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer' },
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const open = (email: string) => openAs(browser, server.url, email, PASSWORD);

test('two approvals required: an ambassador submits, two reviewers comment and approve, the approved revision is published', async () => {
  const anne = await open('anne@example.com');
  await anne.goto(`${server.url}/guides/new`);
  await anne.getByRole('radio', { name: /CRM adoption plan/ }).check();
  await anne.getByRole('button', { name: 'Create guide' }).click();
  await anne.waitForURL(/\/guides\/\d+\/edit$/);
  const guideUrl = anne.url().replace(/\/edit$/, '');

  // Turn on approval with two approvals.
  await anne.goto(`${guideUrl}/review`);
  const settings = anne.getByRole('form', { name: 'Approval before publishing' });
  await settings.getByLabel('Publishing needs approval').check();
  await settings.getByLabel('Approvals needed').fill('2');
  await settings.getByRole('button', { name: 'Save' }).click();
  await settings.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  // The editor now sends her to review instead of publishing.
  await anne.goto(`${guideUrl}/edit`);
  await anne.getByText('This guide needs 2 approvals before it is published.').waitFor();
  expect(await anne.getByRole('button', { name: /Publish version/ }).count()).toBe(0);

  await anne.goto(`${guideUrl}/review`);
  const submit = anne.getByRole('form', { name: 'Submit the draft for review' });
  await submit.getByLabel('Summary for the reviewers').fill('First version of our adoption plan');
  await submit.getByRole('button', { name: 'Submit for review' }).click();
  // Submitted: the page now points to the open request instead of offering the same draft again.
  await anne
    .getByRole('region', { name: 'Submit the draft for review' })
    .getByRole('status')
    .filter({ hasText: 'request #1 is open' })
    .waitFor();

  // Rolf sees it waiting, comments on a routine and approves.
  const rolf = await open('rolf@example.com');
  await rolf.getByRole('link', { name: /Notifications: 1 unread notification/ }).waitFor();
  await rolf.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await rolf
    .getByRole('region', { name: 'Waiting for you' })
    .getByRole('link', { name: /Review request #1/ })
    .click();
  await rolf.getByRole('heading', { level: 1, name: /Review request #1/ }).waitFor();
  await rolf
    .getByLabel('About')
    .selectOption({ label: (await rolf.getByLabel('About').locator('option').nth(3).textContent()) ?? '' });
  await rolf.getByLabel('Comment', { exact: true }).fill('Who books the workshop room?');
  await rolf.getByRole('button', { name: 'Add comment' }).click();
  await rolf.getByRole('region', { name: 'Comments on this part' }).getByText('Who books the workshop room?').waitFor();
  await rolf.getByRole('button', { name: 'Approve' }).click();
  await rolf.getByText(/Rolf Reviewer approved/).waitFor();
  await rolf.getByRole('heading', { name: '1 of 2 approvals' }).waitFor();

  // Anne cannot publish yet.
  await anne.goto(`${server.url}/reviews/1`);
  await anne.getByText('Publishing is possible once 2 approvals are in.').waitFor();

  // Rita approves; Anne publishes exactly that revision.
  const rita = await open('rita@example.com');
  await rita.goto(`${server.url}/reviews/1`);
  await rita.getByRole('button', { name: 'Approve' }).click();
  await rita.getByRole('heading', { name: '2 of 2 approvals' }).waitFor();

  // Opening the request read Rolf's comment and approval; Rita's approval is the one new notice.
  await anne.goto(`${server.url}/reviews`);
  await anne.getByRole('link', { name: 'Notifications: 1 unread notification' }).waitFor();
  await anne.goto(`${server.url}/reviews/1`);
  await anne.getByLabel('Change note').fill('Approved by Rolf and Rita');
  await anne.getByRole('button', { name: 'Publish', exact: true }).click();
  // The request closes as published (the page re-renders without the publish form).
  await anne.locator('main').getByText('Published', { exact: true }).waitFor();

  await anne.goto(guideUrl);
  await anne.getByText(/Version 1, published .* by Anne Ambassadør/).waitFor();
  await anne.getByRole('link', { name: /Notifications: no unread notifications/ }).waitFor();
  await anne.goto(`${guideUrl}/history`);
  await anne
    .getByRole('region', { name: 'Review steps' })
    .getByText(/^Rita Reviewer approved, /)
    .waitFor();
});
