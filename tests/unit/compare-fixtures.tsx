import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import type { Locale } from '@/lib/locale';
import { loadMessages } from '@/lib/messages';

// The compare view reads its words from the catalogues, as in the app (not a test file itself).

/** `children` with a language's catalogue, as the root layout provides it to client components. */
export function withCatalogue(locale: Locale, children: ReactNode) {
  return (
    <NextIntlClientProvider locale={locale} messages={loadMessages(locale)} timeZone="Europe/Oslo">
      {children}
    </NextIntlClientProvider>
  );
}

export const inEnglish = (children: ReactNode) => withCatalogue('en', children);
