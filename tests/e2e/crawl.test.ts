import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openAs, takeBrowserErrors } from '../helpers/browser';
import { startScenario, type Scenario } from '../helpers/scenario';
import { messageKeysIn } from '../helpers/message-keys';
import { ROLES } from '@/lib/roles';

let scenario: Scenario;
let browser: Browser;

beforeAll(async () => {
  [scenario, browser] = await Promise.all([startScenario(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await scenario?.server.stop();
});

/** Every page of the build ("/guides/[id]/history"), from Next's own list; route handlers and Next's internal pages left out. */
function builtPages(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'app-path-routes-manifest.json'), 'utf8')) as Record<
    string,
    string
  >;
  return Object.entries(manifest)
    .filter(([file, route]) => file.endsWith('/page') && !route.startsWith('/_'))
    .map(([, route]) => route)
    .sort();
}

/** The page's address with the scenario's ids; a new kind of parameter fails here until it is given one. */
function address(route: string): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => {
    const ids: Record<string, number> = { id: scenario.guideId, requestId: scenario.requestId };
    if (!(name in ids)) throw new Error(`No id for [${name}] in ${route}: add it to the crawl`);
    return String(ids[name]);
  });
}

/** Beside the bare routes: the pages as they look with their usual parameters, and a page not found. */
const withParameters = () => [
  `/guides/${scenario.guideId}/compare?from=v1&to=v3`,
  `/guides/${scenario.guideId}/compare?from=v2&to=draft`,
  '/search?q=customer',
  '/guides/999999',
];

/** What is wrong with one page: a server error, a logged error, or text that looks like a message key. */
async function problemsOf(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const problems: string[] = [];
  const status = response?.status() ?? 0;
  if (status >= 500) problems.push(`HTTP ${status}`);
  const text = `${await page.title()}\n${await page.locator('body').innerText()}`;
  for (const key of messageKeysIn(text)) problems.push(`shows a message key: ${key}`);
  problems.push(...takeBrowserErrors());
  return problems;
}

const languages = [
  { lang: 'en', locale: 'en-GB' },
  { lang: 'nb', locale: 'nb-NO' },
] as const;

describe.each(ROLES.flatMap((role) => languages.map((language) => ({ role, ...language }))))(
  'every page, as $role in $lang',
  ({ role, locale }) => {
    // About 25 pages, each waited on until the network is idle (hydrated, errors logged).
    test('has no server error, no logged error and no raw message key', { timeout: 180_000 }, async () => {
      const person = scenario.people[role];
      const page = await openAs(browser, scenario.server.url, person.email, person.password, locale);
      const found: string[] = [];
      for (const url of [...builtPages().map(address), ...withParameters()])
        for (const problem of await problemsOf(page, scenario.server.url + url)) found.push(`${url}: ${problem}`);
      await page.context().close();
      expect(found).toEqual([]);
    });
  },
);
