import { getRequestConfig } from 'next-intl/server';
import { requestLocale } from '@/lib/server/locale';
import { loadMessages } from '@/lib/messages';

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: loadMessages(locale), timeZone: process.env.TZ || 'Europe/Oslo' };
});
