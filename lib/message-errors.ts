import type { IntlError } from 'next-intl';

/**
 * What next-intl does with a message it cannot show (a missing key, a value the message needs but
 * did not get, a malformed message): under test (STRICT_MESSAGES=1, set by tests/helpers/server.ts)
 * it throws, so the page fails where a test sees it; otherwise it logs, and the page shows
 * next-intl's fallback. The same for server rendering (i18n/request.ts) and the browser
 * (components/layout/IntlProvider.tsx), which cannot read the server's environment itself.
 */
export function messageErrorHandler(strict: boolean): (error: IntlError) => void {
  return (error) => {
    if (strict) throw error;
    console.error(error);
  };
}

/** Whether this server runs with strict messages. */
export function strictMessages(): boolean {
  return process.env.STRICT_MESSAGES === '1';
}
