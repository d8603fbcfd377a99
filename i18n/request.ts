import { getRequestConfig } from 'next-intl/server';
import { requestLocale } from '@/lib/server/locale';
import { loadMessages } from '@/lib/messages';
import { messageErrorHandler, strictMessages } from '@/lib/message-errors';

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: loadMessages(locale),
    timeZone: process.env.TZ || 'Europe/Oslo',
    onError: messageErrorHandler(strictMessages()),
  };
});
