import { expect, test } from 'vitest';
import { adoptionTotals } from '@/lib/reading/adoption';

const opened = new Date('2026-11-30T10:00:00Z');

test('the issue’s case: two people who opened it but never confirmed are behind, as the table shows', () => {
  expect(
    adoptionTotals([
      { behind: 0, lastOpenedAt: opened },
      { behind: 3, lastOpenedAt: opened },
      { behind: 3, lastOpenedAt: opened },
    ]),
  ).toEqual({ total: 3, confirmed: 1, behind: 2, neverOpened: 0 });
});

test('never opened is counted among the behind as well; nothing published counts no one behind', () => {
  expect(
    adoptionTotals([
      { behind: 1, lastOpenedAt: opened },
      { behind: 2, lastOpenedAt: null },
      { behind: null, lastOpenedAt: null },
    ]),
  ).toEqual({ total: 3, confirmed: 0, behind: 2, neverOpened: 2 });
});
