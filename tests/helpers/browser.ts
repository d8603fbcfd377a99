import { afterEach } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Console errors and uncaught page errors of every page the test's browser opened since the last
 * check. A React hydration error, a failed client render or a missing message surfaces only there,
 * so each test fails on them (the hook below) and the crawl also reads them page by page.
 */
const browserErrors: string[] = [];

/** The errors logged since the last call, emptied. */
export function takeBrowserErrors(): string[] {
  return browserErrors.splice(0);
}

afterEach(() => {
  const errors = takeBrowserErrors();
  if (errors.length) throw new Error(`The browser logged errors:\n${errors.join('\n')}`);
});

function watchErrors(context: BrowserContext): BrowserContext {
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const page = message.page()?.url();
    const source = message.location().url;
    // Chromium logs every 4xx answer as a failed load: for the page itself (403, 404) and for the
    // app's API (409 for a draft saved meanwhile) that answer is the app's, shown to the person and
    // checked by the test. A 5xx, a network failure or a missing script or style still counts.
    const appAnswer = source === page || /^https?:\/\/[^/]+\/api\//.test(source ?? '');
    if (appAnswer && /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()))
      return;
    browserErrors.push(`console error on ${page}: ${message.text()}${source && source !== page ? ` (${source})` : ''}`);
  });
  context.on('weberror', (error) =>
    browserErrors.push(`page error on ${error.page()?.url()}: ${error.error().message}`),
  );
  return context;
}

/**
 * Debian's Chromium, headless, with nothing that reaches for the network on its own. Every context
 * and page it opens has its errors watched.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options) => watchErrors(await newContext(options));
  browser.newPage = async (options) => {
    const page = await newPage(options);
    watchErrors(page.context());
    return page;
  };
  return browser;
}

/** Signs in through the login form, as a person would. */
export async function signInAs(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/^(E-mail|E-post)$/).fill(email);
  await page.getByLabel(/^(Password|Passord)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Logg inn)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A fresh browser context (its own cookies) signed in as this person. */
export async function openAs(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  locale = 'en-GB',
): Promise<Page> {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { 'Accept-Language': locale } });
  const page = await context.newPage();
  await signInAs(page, baseUrl, email, password);
  return page;
}
