import { expect, test } from 'vitest';
import { localeFromAcceptLanguage } from '@/lib/locale';

test.each([
  ['nb-NO,nb;q=0.9,en;q=0.8', 'nb'],
  ['nn-NO', 'nb'],
  ['no', 'nb'],
  ['en-US,en;q=0.9', 'en'],
  ['de-DE,nb;q=0.5', 'nb'],
  ['en;q=0.4,nb;q=0.8', 'nb'],
  ['fr-FR', 'en'],
  ['', 'en'],
  [null, 'en'],
  ['nb;q=0', 'en'],
])('Accept-Language %j -> %s', (header, expected) => {
  expect(localeFromAcceptLanguage(header)).toBe(expected);
});
