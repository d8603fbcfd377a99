import { describe, expect, test } from 'vitest';
import { addPersonSchema, isDisplayableName } from '@/lib/validation/people';

describe('person names', () => {
  test.each([
    ['NUL', 'Kari\u0000Nordmann'],
    ['a newline', 'Kari\nNordmann'],
    ['right-to-left override', 'Kari \u202eNordmann'],
    ['left-to-right embedding', '\u202aKari'],
    ['an isolate', 'Kari \u2067x\u2069'],
    ['only zero-width spaces', '\u200b\u200b\u200b'],
    ['only a word joiner and a BOM', '\u2060\ufeff'],
    ['only a Hangul filler', '\u3164'],
    ['only combining marks', '\u0301\u0308'],
    ['only a braille blank', '\u2800'],
  ])('%s is refused', (_label, name) => {
    expect(isDisplayableName(name)).toBe(false);
    const parsed = addPersonSchema.safeParse({ name, email: 'kari@example.com', role: 'reader' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe('invalidName');
  });

  test.each([
    'Kari Nordmann',
    'Åse Øvrebø-Ødegård',
    "O'Brien <admin>",
    'محمد علي',
    'José Ramón',
    'Zoë',
    '李小龍',
    'Anne\u200dMarie',
  ])('%s is accepted', (name) => {
    expect(addPersonSchema.safeParse({ name, email: 'kari@example.com', role: 'reader' }).success).toBe(true);
  });
});
