import type { Locale } from '@/lib/locale';

/**
 * The one way the app writes dates: one date style and one date-time style per locale,
 * "30. juni 2027" and "30. juni 2027 19:48" in Norwegian, "30 June 2027" and "30 June 2027 19:48"
 * in English. Pages get these through `getDates()` (lib/server/dates.ts), client components through
 * `useDates()` (components/dates/useDates.ts); ESLint refuses other date formatting.
 */
export type Dates = {
  /**
   * A day: a Date, or an ISO calendar date such as a routine's review-by date ("2027-06-30").
   * Text that is not a real ISO date is returned as it is (a stored value is shown, not lost).
   */
  date(value: Date | string): string;
  /** A moment: day and time of day, in the app's time zone. */
  dateTime(value: Date | string | number): string;
  /** The time of day only ("19:48"), for a moment known to be today. */
  time(value: Date | string | number): string;
};

const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

export function datesFor(locale: Locale, timeZone: string): Dates {
  const tag = INTL_LOCALE[locale];
  const day = new Intl.DateTimeFormat(tag, { ...DAY, timeZone });
  // A calendar date has no time zone: read and written as UTC it stays the same day everywhere.
  const calendarDay = new Intl.DateTimeFormat(tag, { ...DAY, timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(tag, { ...TIME, timeZone });
  const moment = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));
  return {
    date: (value) => {
      if (value instanceof Date) return day.format(value);
      const utc = new Date(`${value}T00:00:00Z`);
      return ISO_DAY.test(value) && !Number.isNaN(utc.getTime()) ? calendarDay.format(utc) : value;
    },
    dateTime: (value) => `${day.format(moment(value))} ${clock.format(moment(value))}`,
    time: (value) => clock.format(moment(value)),
  };
}
