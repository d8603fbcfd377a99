import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

// Built once: a processor is frozen on first use and can parse any number of files.
const mdxProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);
// Plain Markdown keeps raw HTML as `html` nodes, so `<Note>` tags can still be found in it.
const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export type ParseMode = 'mdx' | 'markdown';

/** MDX: strict (a stray `{` or `<` throws a VFileMessage with the line), components as nodes. */
export function parseMdx(source: string): Root {
  return mdxProcessor.parse(source);
}

/** CommonMark + GFM: reads anything. */
export function parseMarkdown(source: string): Root {
  return markdownProcessor.parse(source);
}

export type MdxFailure = { line: number | null; reason: string };

/** The line and reason of an MDX parse error (a VFileMessage), or null for any other error. */
export function mdxFailure(error: unknown): MdxFailure | null {
  if (!(error instanceof Error) || !('reason' in error)) return null;
  const reason = String(error.reason);
  if ('line' in error && typeof error.line === 'number') return { line: error.line, reason };
  // Some messages (an element left open at the end of the file) carry the place only in the text.
  const place = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason);
  return { line: place ? Number(place[1]) : null, reason };
}
