import type { FrontMatter, GuideDoc } from '@/lib/doc/types';
import { nodeText } from '@/lib/doc/routines';

const NORWEGIAN = ['no', 'nb', 'nn', 'nb-no', 'nn-no', 'no-no'];

/**
 * A guide from an imported Markdown file. The title is kept apart from the body (as the reader page
 * shows it above the contents): it comes from front matter, else from a leading `# Heading`, which
 * is then taken out of the body, else from the file name.
 */
export function guideFromImport(frontMatter: FrontMatter, doc: GuideDoc, fileName: string): { title: string; language: 'nb' | 'en'; doc: GuideDoc } {
  const first = doc.content[0];
  const leadingTitle = first?.type === 'heading' && first.attrs?.level === 1 ? nodeText(first).trim() : '';
  const fmTitle = typeof frontMatter.title === 'string' ? frontMatter.title.trim() : '';
  const title = (fmTitle || leadingTitle || fileName.replace(/\.(md|mdx|markdown)$/i, '')).slice(0, 200);
  const body = leadingTitle && (!fmTitle || leadingTitle === fmTitle) && doc.content.length > 1 ? { ...doc, content: doc.content.slice(1) } : doc;
  const lang = String(frontMatter.language ?? frontMatter.lang ?? '').toLowerCase();
  return { title, language: NORWEGIAN.includes(lang) ? 'nb' : 'en', doc: body };
}

/** The inverse for export: front matter with the guide's title and language, and the title as `# Heading`. */
export function exportFrontMatter(frontMatter: FrontMatter, guide: { title: string; language: 'nb' | 'en' }): FrontMatter {
  return { ...frontMatter, title: guide.title, language: guide.language === 'nb' ? 'no' : 'en' };
}
