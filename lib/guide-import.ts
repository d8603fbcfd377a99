import type { FrontMatter, GuideDoc, JSONNode } from '@/lib/doc/types';
import { blockPlainText } from '@/lib/doc/text';
import { isAllowedHref, isAllowedImageSrc } from '@/lib/editor/url-policy';
import { importMarkdown, MarkdownImportError } from '@/lib/markdown';
import { importMessage, type ImportMessage } from '@/lib/markdown/errors';
import { validateDoc, type DocIssue } from '@/lib/doc/validate';

const NORWEGIAN = ['no', 'nb', 'nn', 'nb-no', 'nn-no', 'no-no'];

/** Where a title offered after an upload comes from. */
export const TITLE_SOURCES = ['frontMatter', 'heading', 'fileName'] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];
export type TitleCandidate = { source: TitleSource; title: string };

function firstHeadingOne(doc: GuideDoc): string {
  const heading = doc.content.find((node) => node.type === 'heading' && node.attrs?.level === 1);
  return heading ? blockPlainText(heading).trim() : '';
}

/**
 * The titles a file offers, in order of preference and each text once: the front matter `title`,
 * the first `# Heading`, the file name.
 */
export function titleCandidates(frontMatter: FrontMatter, doc: GuideDoc, fileName: string): TitleCandidate[] {
  const written: TitleCandidate[] = [
    { source: 'frontMatter', title: typeof frontMatter.title === 'string' ? frontMatter.title.trim() : '' },
    { source: 'heading', title: firstHeadingOne(doc) },
    { source: 'fileName', title: fileName.replace(/\.(md|mdx|markdown)$/i, '').trim() },
  ];
  const candidates: TitleCandidate[] = [];
  for (const candidate of written) {
    const title = candidate.title.slice(0, 200);
    if (title && !candidates.some((other) => other.title === title)) candidates.push({ ...candidate, title });
  }
  return candidates;
}

/**
 * A guide from an imported Markdown file. The title is kept apart from the body (as the reader page
 * shows it above the contents): the candidate from `titleFrom`, else the first of titleCandidates.
 * A leading `# Heading` that is the title is taken out of the body, so it is not shown twice.
 */
export function guideFromImport(
  frontMatter: FrontMatter,
  doc: GuideDoc,
  fileName: string,
  titleFrom?: TitleSource,
): { title: string; language: 'nb' | 'en'; doc: GuideDoc } | null {
  const candidates = titleCandidates(frontMatter, doc, fileName);
  const chosen = titleFrom ? candidates.find((candidate) => candidate.source === titleFrom) : candidates[0];
  if (!chosen) return null;
  const title = chosen.title;
  const first = doc.content[0];
  const leadingTitle = first?.type === 'heading' && first.attrs?.level === 1 ? blockPlainText(first).trim() : '';
  const body =
    leadingTitle && leadingTitle.slice(0, 200) === title && doc.content.length > 1
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
      /** Every title the file offers; `title` is the one chosen. */
      titles: TitleCandidate[];
      language: 'nb' | 'en';
      doc: GuideDoc;
      frontMatter: FrontMatter;
      warnings: ImportMessage[];
    }
  /** Why the file cannot become a guide: it cannot be read, or what it holds is not a valid guide. */
  | { ok: false; error: ImportMessage | DocIssue };

/**
 * The one import path for uploads, the command line and templates: parse, drop what a guide may not
 * link to (with a warning), validate, and take the title out of the body. `titleFrom` picks one of
 * the file's titles (see titleCandidates); a file that does not have that one cannot be imported.
 */
/** How an import is read: which title candidate becomes the guide's title. */
export type ImportOptions = { titleFrom?: TitleSource };

export function prepareImport(source: string, fileName: string, options: ImportOptions = {}): PreparedImport {
  let imported;
  try {
    imported = importMarkdown(source, { fileName });
  } catch (error) {
    if (error instanceof MarkdownImportError) return { ok: false, error: error.reason };
    throw error;
  }
  const cleaned = withoutDisallowedLinks(imported.doc);
  const guide = guideFromImport(imported.frontMatter, cleaned.doc, fileName, options.titleFrom);
  if (!guide) return { ok: false, error: importMessage(null, 'import.noSuchTitle') };
  const valid = validateDoc(guide.doc);
  if (!valid.ok) return { ok: false, error: valid.issue };
  return {
    ok: true,
    ...guide,
    titles: titleCandidates(imported.frontMatter, cleaned.doc, fileName),
    doc: valid.doc,
    frontMatter: imported.frontMatter,
    warnings: [...imported.warnings, ...cleaned.warnings],
  };
}
