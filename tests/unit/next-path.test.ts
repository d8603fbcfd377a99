import { describe, expect, test } from 'vitest';
import { NEXT_PATH_MAX_LENGTH, safeNextPath, withNext } from '@/lib/next-path';

describe('safeNextPath', () => {
  test.each([
    ['/guides/1/compare?from=v1&to=v2', '/guides/1/compare?from=v1&to=v2'],
    ['/', '/'],
    ['/account#password', '/account#password'],
    ['/search?q=%C3%A6%C3%B8%C3%A5', '/search?q=%C3%A6%C3%B8%C3%A5'],
  ])('%j stays %j', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  test.each([
    ['another site, protocol-relative', '//evil.example/guides'],
    ['another site, backslash', '/\\evil.example'],
    ['a backslash further on', '/guides\\..\\x'],
    ['a scheme', 'https://evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['relative, no slash', 'guides/1'],
    ['dot segments up to another site', '/..//evil.example'],
    ['a newline', '/guides\n/1'],
    ['a tab', '/\t/evil.example'],
    ['a NUL', '/guides\u00001'],
    ['a space', '/ /evil.example'],
    ['empty', ''],
    ['over-long', `/${'a'.repeat(NEXT_PATH_MAX_LENGTH)}`],
    ['not a string', ['/guides']],
    ['nothing', undefined],
  ])('refuses %s', (_, raw) => {
    expect(safeNextPath(raw)).toBeNull();
  });
});

describe('withNext', () => {
  test('adds ?next= (encoded), before a #fragment, and nothing for the home page or none', () => {
    expect(withNext('/login', '/guides/1/compare?from=v1&to=v2')).toBe(
      '/login?next=%2Fguides%2F1%2Fcompare%3Ffrom%3Dv1%26to%3Dv2',
    );
    expect(withNext('/account#password', '/guides/1')).toBe('/account?next=%2Fguides%2F1#password');
    expect(withNext('/login', '/')).toBe('/login');
    expect(withNext('/login', null)).toBe('/login');
  });
});
