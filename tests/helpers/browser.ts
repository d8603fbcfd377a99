import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
