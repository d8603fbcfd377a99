'use client';
import type { ReactNode } from 'react';
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import type { Locale } from '@/lib/locale';
import { messageErrorHandler } from '@/lib/message-errors';

/**
 * next-intl's provider for client components, with the server's locale and time zone (so dates
 * render the same on both sides) and its handling of message errors: a function, which the
 * server cannot hand to the browser, so it is made here from `strict`.
 */
export function IntlProvider(props: {
  locale: Locale;
  timeZone: string;
  messages: AbstractIntlMessages;
  strict: boolean;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider
      locale={props.locale}
      timeZone={props.timeZone}
      messages={props.messages}
      onError={messageErrorHandler(props.strict)}
    >
      {props.children}
    </NextIntlClientProvider>
  );
}
