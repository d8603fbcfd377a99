import { sharedDir } from '../helpers/shared';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isRoutineId } from '@/lib/doc/routines';
import { CALLOUT_KINDS } from '@/lib/doc/types';

const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../../templates');
const SOURCE_ARTICLE = sharedDir() + '/seed/onboard-users.no.md';
const LANGUAGES = { nb: 'no', en: 'en' } as const;
type Folder = keyof typeof LANGUAGES;

const CALLOUT_TAGS = CALLOUT_KINDS.map((kind) => kind[0].toUpperCase() + kind.slice(1));
const ALLOWED_TAGS = new Set(['Routine', ...CALLOUT_TAGS]);
const ROUTINE_ATTRIBUTES = new Set(['id', 'title', 'what', 'owner', 'owner-email', 'review-by']);
const REQUIRED_ROUTINE_ATTRIBUTES = ['id', 'title', 'what', 'owner', 'review-by'];
const MIN_COPIED_LENGTH = 40;

type Template = { folder: Folder; file: string; raw: string; frontMatter: Record<string, unknown>; body: string };
type RoutineTag = { attrs: Record<string, string>; rest: string };

function splitFrontMatter(raw: string): { yamlText: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error('no front matter');
  return { yamlText: match[1], body: match[2] };
}

function loadTemplates(folder: Folder): Template[] {
  const dir = path.join(TEMPLATES_DIR, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(dir, file), 'utf8');
      const { yamlText, body } = splitFrontMatter(raw);
      const frontMatter: unknown = parse(yamlText);
      if (typeof frontMatter !== 'object' || frontMatter === null)
        throw new Error(`${file}: front matter is not a map`);
      return { folder, file, raw, frontMatter: frontMatter as Record<string, unknown>, body };
    });
}

function routineTags(body: string): RoutineTag[] {
  return [...body.matchAll(/<Routine\s+([^>]*)>/g)].map((match) => {
    const attrs: Record<string, string> = {};
    const rest = match[1].replace(/([a-z-]+)="([^"]*)"/g, (_whole, name: string, value: string) => {
      attrs[name] = value;
      return '';
    });
    return { attrs, rest: rest.trim() };
  });
}

/** Every tag in document order, so nesting can be checked with a stack. */
function tags(body: string): { name: string; closing: boolean }[] {
  return [...body.matchAll(/<(\/?)([A-Za-z][\w-]*)/g)].map((match) => ({ name: match[2], closing: match[1] === '/' }));
}

/** Lowercase letters and digits only, single-spaced: formatting and punctuation do not hide a copy. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lines and sentences of Markdown prose, with tags and front matter removed. */
function proseFragments(markdown: string): string[] {
  const text = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/<[^>]*>/g, '\n');
  const fragments: string[] = [];
  for (const line of text.split('\n')) {
    fragments.push(line);
    fragments.push(...line.split(/(?<=[.!?:;])\s+/));
  }
  return fragments.map(normalize).filter((fragment) => fragment.length > MIN_COPIED_LENGTH);
}

/** Fragments of `text` longer than the threshold that occur word for word in `source`, either way round. */
function copiedFragments(text: string, source: string): string[] {
  const normalizedSource = normalize(source);
  const normalizedText = normalize(text);
  const fromText = proseFragments(text).filter((fragment) => normalizedSource.includes(fragment));
  const fromSource = proseFragments(source).filter((fragment) => normalizedText.includes(fragment));
  return [...new Set([...fromText, ...fromSource])];
}

const templates: Record<Folder, Template[]> = { nb: loadTemplates('nb'), en: loadTemplates('en') };
const allTemplates = [...templates.nb, ...templates.en];

describe('template files', () => {
  it('exist in both languages under the same file names', () => {
    const names = (folder: Folder) => templates[folder].map((t) => t.file);
    expect(names('nb')).toEqual(['blank.md', 'crm-adoption-plan.md', 'crm-routine-guide.md']);
    expect(names('en')).toEqual(names('nb'));
  });

  describe.each(allTemplates.map((t) => [`${t.folder}/${t.file}`, t] as const))('%s', (_name, template) => {
    it('has the required front matter', () => {
      const fm = template.frontMatter;
      expect(typeof fm.title === 'string' && fm.title.trim() !== '').toBe(true);
      expect(typeof fm.description === 'string' && fm.description.trim() !== '').toBe(true);
      expect(fm.language).toBe(LANGUAGES[template.folder]);
      expect(fm.template).toBe(template.file.replace(/\.md$/, ''));
      expect(Number.isInteger(fm['template-order'])).toBe(true);
    });

    it('reads the same under YAML 1.1, where an unquoted no is false', () => {
      const { yamlText } = splitFrontMatter(template.raw);
      expect(parse(yamlText, { version: '1.1' })).toEqual(template.frontMatter);
    });

    it('uses no tags other than Routine and callouts, properly nested', () => {
      const stack: string[] = [];
      for (const tag of tags(template.body)) {
        expect(ALLOWED_TAGS.has(tag.name), `unexpected tag <${tag.name}>`).toBe(true);
        if (tag.closing) {
          expect(stack.pop(), `</${tag.name}> closes the wrong block`).toBe(tag.name);
        } else {
          if (tag.name === 'Routine') expect(stack, 'a routine inside another block').toEqual([]);
          else
            expect(
              stack.filter((open) => open !== 'Routine'),
              'a callout inside a callout',
            ).toEqual([]);
          stack.push(tag.name);
        }
      }
      expect(stack, 'unclosed blocks').toEqual([]);
    });

    it('gives every routine a valid id, title, what, owner and review date', () => {
      const routines = routineTags(template.body);
      const openings = template.body.split('<Routine ').length - 1;
      expect(routines).toHaveLength(openings);
      for (const { attrs, rest } of routines) {
        const label = attrs.id ?? JSON.stringify(attrs);
        expect(rest, `${label}: malformed attributes`).toBe('');
        for (const name of Object.keys(attrs))
          expect(ROUTINE_ATTRIBUTES.has(name), `${label}: unknown ${name}`).toBe(true);
        for (const name of REQUIRED_ROUTINE_ATTRIBUTES) expect(attrs[name]?.trim(), `${label}: ${name}`).toBeTruthy();
        expect(isRoutineId(attrs.id), `${label}: id`).toBe(true);
        expect(attrs['review-by']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${attrs['review-by']}T00:00:00Z`).toISOString().slice(0, 10)).toBe(attrs['review-by']);
      }
      const ids = routines.map((r) => r.attrs.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });
});

describe('Norwegian and English templates', () => {
  const byTemplate = (folder: Folder) => new Map(templates[folder].map((t) => [String(t.frontMatter.template), t]));
  const nb = byTemplate('nb');
  const en = byTemplate('en');

  it('offer the same templates in the same order', () => {
    const order = (map: Map<string, Template>) =>
      [...map.values()]
        .map((t) => [t.frontMatter.template, t.frontMatter['template-order']])
        .sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(new Set(nb.keys())).toEqual(new Set(en.keys()));
    expect(order(nb)).toEqual(order(en));
    expect(order(nb).map(([, n]) => n)).toEqual([1, 2, 3]);
  });

  it.each([...nb.keys()])('%s: have the same routines, review dates and callouts', (id) => {
    const nbBody = nb.get(id)!.body;
    const enBody = en.get(id)!.body;
    expect(nbBody.split('<Routine ').length).toBe(enBody.split('<Routine ').length);
    const routineSummary = (body: string) => routineTags(body).map((r) => [r.attrs.id, r.attrs['review-by']]);
    expect(routineSummary(nbBody)).toEqual(routineSummary(enBody));
    const callouts = (body: string) => CALLOUT_TAGS.map((tag) => body.split(`<${tag}>`).length - 1);
    expect(callouts(nbBody)).toEqual(callouts(enBody));
  });

  it('have 20-30 routines in the routine guide, one per practice in the adoption plan, none in the blank guide', () => {
    const count = (id: string) => routineTags(nb.get(id)!.body).length;
    expect(count('crm-routine-guide')).toBeGreaterThanOrEqual(20);
    expect(count('crm-routine-guide')).toBeLessThanOrEqual(30);
    expect(count('crm-adoption-plan')).toBe(7);
    expect(count('blank')).toBe(0);
  });

  it('blank guide is one heading and one paragraph', () => {
    for (const template of [nb.get('blank')!, en.get('blank')!]) {
      const blocks = template.body.trim().split(/\n\s*\n/);
      expect(blocks).toHaveLength(2);
      expect(blocks[0]).toMatch(/^# \S/);
      expect(blocks[1]).not.toMatch(/^[#<|>-]/);
    }
  });
});

describe('copy check against the source article', () => {
  it('flags a sentence taken from a source, even with different punctuation and case', () => {
    const source = 'Første setning er kort. Denne setningen er lang nok til å telle som en kopi av kilden.';
    expect(
      copiedFragments('Noe eget.\n- **Denne setningen er lang nok til å telle som en kopi av kilden!**', source),
    ).toHaveLength(1);
    expect(copiedFragments('Denne setningen er skrevet helt på nytt med egne ord og er lang.', source)).toEqual([]);
  });

  it.skipIf(!existsSync(SOURCE_ARTICLE)).each(templates.nb.map((t) => [t.file, t] as const))(
    'nb/%s copies no sentence from the article',
    (_file, template) => {
      const article = readFileSync(SOURCE_ARTICLE, 'utf8');
      expect(copiedFragments(template.raw, article)).toEqual([]);
    },
  );
});
