import { describe, expect, test } from 'vitest';
import { toCsv } from '@/lib/csv';

const cell = (text: string) => toCsv([[text]]).replace(/\r\n$/, '');

describe('CSV formula guard', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    // Hidden in front of the formula: what the guard used to miss.
    ['\u0000=HYPERLINK("http://x")', '"\'\u0000=HYPERLINK(""http://x"")"'],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['\ufeff=1+1', "'\ufeff=1+1"],
    ['\u2060\u200d=1', "'\u2060\u200d=1"],
    [' =1', "' =1"],
    ['\u00a0=1', "'\u00a0=1"],
    ['\uff1dcmd', "'\uff1dcmd"],
  ])('%j is kept as text', (input, expected) => {
    expect(cell(input)).toBe(expected);
  });

  test('ordinary text, numbers and e-mail addresses are left alone', () => {
    expect(toCsv([['Kari Nordmann', 'kari@example.com', 3, null]])).toBe('Kari Nordmann,kari@example.com,3,\r\n');
    expect(cell('a=b')).toBe('a=b');
    expect(cell('Line, with comma')).toBe('"Line, with comma"');
  });
});
