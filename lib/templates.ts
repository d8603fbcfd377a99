import fs from 'node:fs';
import path from 'node:path';
import { importMarkdown } from '@/lib/markdown';
import { prepareImport } from '@/lib/guide-import';
import type { FrontMatter, GuideDoc } from '@/lib/doc/types';

export type TemplateLanguage = 'nb' | 'en';
export type TemplateInfo = { id: string; language: TemplateLanguage; title: string; description: string; order: number };

const DIR = path.join(process.cwd(), 'templates');

function read(language: TemplateLanguage, file: string) {
  const source = fs.readFileSync(path.join(DIR, language, file), 'utf8');
  return importMarkdown(source, { fileName: file });
}

/** The templates offered under "New guide", in their order, per language. A template's id is its file name. */
export function listTemplates(): TemplateInfo[] {
  const out: TemplateInfo[] = [];
  for (const language of ['nb', 'en'] as const)
    for (const file of fs.readdirSync(path.join(DIR, language)).filter((f) => f.endsWith('.md'))) {
      const { frontMatter } = read(language, file);
      out.push({
        id: file.replace(/\.md$/, ''),
        language,
        title: String(frontMatter.title ?? file),
        description: String(frontMatter.description ?? ''),
        order: Number(frontMatter['template-order'] ?? 99),
      });
    }
  return out.sort((a, b) => a.order - b.order);
}

/** A template as a new guide's content; templates go through the same import as uploads. */
export function loadTemplate(language: TemplateLanguage, id: string): { frontMatter: FrontMatter; doc: GuideDoc; title: string } | null {
  const info = listTemplates().find((t) => t.language === language && t.id === id);
  if (!info) return null;
  const prepared = prepareImport(fs.readFileSync(path.join(DIR, language, `${info.id}.md`), 'utf8'), `${info.id}.md`);
  if (!prepared.ok) throw new Error(`Template ${language}/${info.id}: ${prepared.error}`);
  return { frontMatter: prepared.frontMatter, doc: prepared.doc, title: prepared.title };
}
