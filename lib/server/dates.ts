import 'server-only';
import { getLocale, getTimeZone } from 'next-intl/server';
import { datesFor, type Dates } from '@/lib/dates';
import { isLocale } from '@/lib/locale';

/** The reader's date styles (lib/dates.ts) for a server component or action. */
export async function getDates(): Promise<Dates> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return datesFor(isLocale(locale) ? locale : 'en', timeZone);
}
