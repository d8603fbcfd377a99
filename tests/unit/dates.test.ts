import { describe, expect, it } from 'vitest';
import { datesFor } from '@/lib/dates';

// One date style and one date-time style per locale, the same on the server and in the browser.

const evening = new Date('2027-06-30T17:48:00Z'); // 19:48 in Oslo (summer time)

describe('dates in the reader’s language', () => {
  it('writes a day in Norwegian as «30. juni 2027» and in English as «30 June 2027»', () => {
    expect(datesFor('nb', 'Europe/Oslo').date(evening)).toBe('30. juni 2027');
    expect(datesFor('en', 'Europe/Oslo').date(evening)).toBe('30 June 2027');
  });

  it('writes an ISO review-by date as the same day in any time zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'Europe/Oslo', 'Pacific/Pago_Pago']) {
      expect(datesFor('nb', zone).date('2027-06-30')).toBe('30. juni 2027');
      expect(datesFor('en', zone).date('2027-01-01')).toBe('1 January 2027');
    }
  });

  it('writes a moment as day and 24-hour time in the app’s time zone', () => {
    expect(datesFor('nb', 'Europe/Oslo').dateTime(evening)).toBe('30. juni 2027 19:48');
    expect(datesFor('en', 'Europe/Oslo').dateTime(evening)).toBe('30 June 2027 19:48');
    expect(datesFor('en', 'UTC').dateTime(evening.getTime())).toBe('30 June 2027 17:48');
    expect(datesFor('nb', 'Europe/Oslo').time(evening.toISOString())).toBe('19:48');
  });

  it('shows text that is not a real ISO date as it is, rather than failing the page', () => {
    const dates = datesFor('nb', 'Europe/Oslo');
    expect(dates.date('snart')).toBe('snart');
    expect(dates.date('2027-13-45')).toBe('2027-13-45');
  });
});
