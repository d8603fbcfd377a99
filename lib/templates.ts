import fs from 'node:fs';
import path from 'node:path';
import { prepareImport } from '@/lib/guide-import';
import type { FrontMatter, GuideDoc } from '@/lib/doc/types';

export type TemplateLanguage = 'nb' | 'en';
export type TemplateInfo = {
  id: string;
  language: TemplateLanguage;
  title: string;
  description: string;
  order: number;
};
type Template = TemplateInfo & { frontMatter: FrontMatter; doc: GuideDoc };

const DIR = path.join(process.cwd(), 'templates');

// Templates ship with the app and never change while it runs: each is imported once per process,
// through the same import path as uploads. A template's id is its file name.
let loaded: Template[] | undefined;
function templates(): Template[] {
  loaded ??= (['nb', 'en'] as const)
    .flatMap((language) =>
      fs
        .readdirSync(path.join(DIR, language))
        .filter((f) => f.endsWith('.md'))
        .map((file) => {
          const prepared = prepareImport(fs.readFileSync(path.join(DIR, language, file), 'utf8'), file);
          if (!prepared.ok) throw new Error(`Template ${language}/${file}: ${JSON.stringify(prepared.error)}`);
          return {
            id: file.replace(/\.md$/, ''),
            language,
            title: prepared.title,
            description: String(prepared.frontMatter.description ?? ''),
            order: Number(prepared.frontMatter['template-order'] ?? 99),
            frontMatter: prepared.frontMatter,
            doc: prepared.doc,
          };
        }),
    )
    .sort((a, b) => a.order - b.order);
  return loaded;
}

/** The templates offered under "New guide", in their order, per language. */
export function listTemplates(): TemplateInfo[] {
  return templates().map(({ id, language, title, description, order }) => ({
    id,
    language,
    title,
    description,
    order,
  }));
}

/** A template as a new guide's content. */
export function loadTemplate(
  language: TemplateLanguage,
  id: string,
): { frontMatter: FrontMatter; doc: GuideDoc; title: string } | null {
  const template = templates().find((t) => t.language === language && t.id === id);
  return template ? { frontMatter: template.frontMatter, doc: template.doc, title: template.title } : null;
}
