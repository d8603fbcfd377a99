import type { FrontMatter, GuideDoc, JSONNode } from '@/lib/doc/types';
import { blockPlainText } from '@/lib/doc/text';
import { isAllowedHref, isAllowedImageSrc } from '@/lib/editor/url-policy';
import { importMarkdown, MarkdownImportError } from '@/lib/markdown';
import { importMessage, type ImportMessage } from '@/lib/markdown/errors';
import { validateDoc, type DocIssue } from '@/lib/doc/validate';

const NORWEGIAN = ['no', 'nb', 'nn', 'nb-no', 'nn-no', 'no-no'];

/**
 * A guide from an imported Markdown file. The title is kept apart from the body (as the reader page
 * shows it above the contents): it comes from front matter, else from a leading `# Heading`, which
 * is then taken out of the body, else from the file name.
 */
export function guideFromImport(
  frontMatter: FrontMatter,
  doc: GuideDoc,
  fileName: string,
): { title: string; language: 'nb' | 'en'; doc: GuideDoc } {
  const first = doc.content[0];
  const leadingTitle = first?.type === 'heading' && first.attrs?.level === 1 ? blockPlainText(first).trim() : '';
  const fmTitle = typeof frontMatter.title === 'string' ? frontMatter.title.trim() : '';
  const title = (fmTitle || leadingTitle || fileName.replace(/\.(md|mdx|markdown)$/i, '')).slice(0, 200);
  const body =
    leadingTitle && (!fmTitle || leadingTitle === fmTitle) && doc.content.length > 1
      ? { ...doc, content: doc.content.slice(1) }
      : doc;
  const lang = String(frontMatter.language ?? frontMatter.lang ?? '').toLowerCase();
  return {
    title,
    language: NORWEGIAN.includes(lang) ? 'nb' : 'en',
    doc: body.content.length ? body : { type: 'doc', content: [{ type: 'paragraph' }] },
  };
}

/** The inverse for export: front matter with the guide's title and language. */
export function exportFrontMatter(
  frontMatter: FrontMatter,
  guide: { title: string; language: 'nb' | 'en' },
): FrontMatter {
  return { ...frontMatter, title: guide.title, language: guide.language === 'nb' ? 'no' : 'en' };
}

/**
 * Imported documents may link where a guide may not (xref:, javascript:, data: images). Such a link
 * keeps its text and loses the link; such an image becomes its alt text. Each is reported, so
 * nothing is dropped silently.
 */
export function withoutDisallowedLinks(doc: GuideDoc): { doc: GuideDoc; warnings: ImportMessage[] } {
  const warnings: ImportMessage[] = [];
  const clean = (node: JSONNode): JSONNode[] => {
    if (node.type === 'image' && !isAllowedImageSrc(node.attrs?.src)) {
      warnings.push(importMessage(null, 'import.disallowedImage', { src: String(node.attrs?.src ?? '') }));
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
      return alt ? [{ type: 'text', text: alt }] : [];
    }
    if (node.type === 'text' && node.marks?.some((m) => m.type === 'link' && !isAllowedHref(m.attrs.href))) {
      const bad = node.marks.find((m) => m.type === 'link')!;
      warnings.push(importMessage(null, 'import.disallowedLink', { href: bad.type === 'link' ? bad.attrs.href : '' }));
      const marks = node.marks.filter((m) => m.type !== 'link');
      return [{ ...node, marks: marks.length ? marks : undefined }];
    }
    return node.content ? [{ ...node, content: node.content.flatMap(clean) }] : [node];
  };
  return { doc: { ...doc, content: doc.content.flatMap(clean) }, warnings };
}

export type PreparedImport =
  | {
      ok: true;
      title: string;
      language: 'nb' | 'en';
      doc: GuideDoc;
      frontMatter: FrontMatter;
      warnings: ImportMessage[];
    }
  /** Why the file cannot become a guide: it cannot be read, or what it holds is not a valid guide. */
  | { ok: false; error: ImportMessage | DocIssue };

/**
 * The one import path for uploads, the command line and templates: parse, drop what a guide may not
 * link to (with a warning), validate, and take the title out of the body.
 */
export function prepareImport(source: string, fileName: string): PreparedImport {
  let imported;
  try {
    imported = importMarkdown(source, { fileName });
  } catch (error) {
    if (error instanceof MarkdownImportError) return { ok: false, error: error.reason };
    throw error;
  }
  const cleaned = withoutDisallowedLinks(imported.doc);
  const guide = guideFromImport(imported.frontMatter, cleaned.doc, fileName);
  const valid = validateDoc(guide.doc);
  if (!valid.ok) return { ok: false, error: valid.issue };
  return {
    ok: true,
    ...guide,
    doc: valid.doc,
    frontMatter: imported.frontMatter,
    warnings: [...imported.warnings, ...cleaned.warnings],
  };
}
