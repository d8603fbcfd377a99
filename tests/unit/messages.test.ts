import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLIENT_NAMESPACES, loadMessages, type Messages } from '@/lib/messages';
import { LOCALES } from '@/lib/locale';

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** The argument names of an ICU message (`{name}`, `{count, plural, …}`), not the words of its branches. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const message = (): void => {
    while (i < text.length && text[i] !== '}') {
      if (text[i] === "'" && text[i + 1] === "'") i += 2;
      else if (text[i++] === '{') argument();
    }
  };
  const argument = (): void => {
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(text.slice(i));
    if (!head) throw new Error(`not an ICU argument at ${i}: ${text}`);
    names.add(head[1]);
    i += head[0].length;
    const branches = head[2] === 'plural' || head[2] === 'select' || head[2] === 'selectordinal';
    while (i < text.length && text[i] !== '}') {
      if (text[i++] === '{' && branches) {
        message();
        i++; // the '}' that ends the branch
      }
    }
    i++;
  };
  message();
  return [...names].sort();
}

describe('message catalogues', () => {
  const [nb, en] = LOCALES.map((l) => flatten(loadMessages(l)));

  test('both languages have the same namespaces (files)', () => {
    expect(fs.readdirSync(path.join('messages', 'nb')).sort()).toEqual(
      fs.readdirSync(path.join('messages', 'en')).sort(),
    );
  });

  test('every key exists in both languages', () => {
    expect(
      [...en.keys()].filter((k) => !nb.has(k)),
      'missing in nb',
    ).toEqual([]);
    expect(
      [...nb.keys()].filter((k) => !en.has(k)),
      'missing in en',
    ).toEqual([]);
  });

  test('translations use the same placeholders and are not left empty', () => {
    for (const [key, text] of en) {
      expect(placeholders(nb.get(key) ?? ''), key).toEqual(placeholders(text));
      expect(text.trim(), key).not.toBe('');
      expect((nb.get(key) ?? '').trim(), key).not.toBe('');
    }
  });

  test('every literal key the code asks for exists', () => {
    // Finds t('key') calls whose translator was made with a literal namespace in the same file.
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(e.name)) files.push(full);
      }
    };
    ['app', 'components', 'lib'].forEach(walk);
    const missing: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const translators = new Map<string, string>();
      for (const m of text.matchAll(
        /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*'([\w.]+)'\s*\)/g,
      ))
        translators.set(m[1], m[2]);
      for (const m of text.matchAll(/\[([^\]]+)\]\s*=\s*await\s+Promise\.all\(\[([^\]]+)\]\)/g)) {
        const names = m[1].split(',').map((s) => s.trim());
        const calls = [...m[2].matchAll(/getTranslations\(\s*'([\w.]+)'\s*\)|getFormatter\(\)|\w+\([^)]*\)/g)];
        names.forEach((name, i) => calls[i]?.[1] && translators.set(name, calls[i][1]));
      }
      for (const [name, ns] of translators)
        for (const call of text.matchAll(new RegExp(`\\b${name}\\(\\s*'([\\w.]+)'`, 'g')))
          if (!en.has(`${ns}.${call[1]}`) && ![...en.keys()].some((k) => k.startsWith(`${ns}.${call[1]}.`)))
            missing.push(`${file}: ${ns}.${call[1]}`);
    }
    expect(missing).toEqual([]);
  });

  test('client components only use catalogues that are sent to the browser', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(e.name)) {
          const text = fs.readFileSync(full, 'utf8');
          if (!/^['"]use client['"]/.test(text.trimStart())) continue;
          for (const m of text.matchAll(/useTranslations\(\s*'(\w+)/g))
            if (!CLIENT_NAMESPACES.some((ns) => ns === m[1])) offenders.push(`${full}: ${m[1]}`);
        }
      }
    };
    ['app', 'components'].forEach(walk);
    expect(offenders).toEqual([]);
  });

  test('Norwegian quotes with «», not “” or ""', () => {
    expect([...nb].filter(([, text]) => /[“”"]/.test(text)).map(([key]) => key)).toEqual([]);
  });

  test('counts go through an ICU plural', () => {
    // An argument that is a number of things, written bare, would read "1 av 1 godkjenninger".
    const bare = /\{\s*(count|required|approvals?)\s*\}/;
    const offenders = [...en, ...nb].filter(([, text]) => bare.test(text.replace(/\{\s*\w+\s*,\s*plural[^]*$/, '')));
    expect(offenders.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  test('a message that starts a line starts with a capital letter', () => {
    // Phrases made to run inside a sentence (after a status word, a colon, or as a name).
    const inSentence = new Set([
      'compare.movedToStart',
      'compare.movedToSectionTop',
      'compare.movedAfter',
      'compare.blockName',
      'compare.blockNameUntitled',
      'compare.insertedPrefix',
      'compare.deletedPrefix',
      'compare.lineBreak',
      'diff.noValue',
      'editor.offline',
      'people.you',
      'audit.unknown',
    ]);
    for (const [locale, messages] of [
      ['en', en],
      ['nb', nb],
    ] as const) {
      const lower = [...messages].filter(([key, text]) => !inSentence.has(key) && /^\p{Ll}/u.test(text));
      expect(
        lower.map(([key]) => key),
        locale,
      ).toEqual([]);
    }
  });
});
