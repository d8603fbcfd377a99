import { useMemo } from 'react';
import { useLocale, useTimeZone } from 'next-intl';
import { datesFor, type Dates } from '@/lib/dates';
import { isLocale } from '@/lib/locale';

/** The reader's date styles (lib/dates.ts) in a client component: the same text as the server writes. */
export function useDates(): Dates {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  return useMemo(() => datesFor(isLocale(locale) ? locale : 'en', timeZone), [locale, timeZone]);
}
