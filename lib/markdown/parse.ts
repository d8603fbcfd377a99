import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { topLevelChunks } from '@/lib/markdown/chunks';

// Built once: a processor is frozen on first use and can parse any number of files.
const mdxProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);
// Plain Markdown keeps raw HTML as `html` nodes, so `<Note>` tags can still be found in it.
const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export type ParseMode = 'mdx' | 'markdown';

/** MDX: strict (a stray `{` or `<` throws a VFileMessage with the line), components as nodes. */
export function parseMdx(source: string): Root {
  return parseInChunks(source, (text) => mdxProcessor.parse(text));
}

/** CommonMark + GFM: reads anything. */
export function parseMarkdown(source: string): Root {
  return parseInChunks(source, (text) => markdownProcessor.parse(text));
}

/**
 * One tree from the file's top-level pieces (see chunks.ts), positions moved to where each piece
 * is in the file. A piece that does not parse on its own sends the whole file through at once,
 * so errors name the same line they always did.
 */
function parseInChunks(source: string, parse: (text: string) => Root): Root {
  const chunks = topLevelChunks(source);
  if (chunks.length === 1) return parse(source);
  const children: Root['children'] = [];
  try {
    for (const chunk of chunks) {
      const tree = parse(chunk.text);
      visit(tree, (node: Node) => {
        const position = node.position;
        if (!position) return;
        for (const point of [position.start, position.end]) {
          point.line += chunk.line;
          if (point.offset !== undefined) point.offset += chunk.offset;
        }
      });
      children.push(...tree.children);
    }
  } catch {
    return parse(source);
  }
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(source) },
  };
}

function pointAtEnd(source: string) {
  const lastBreak = source.lastIndexOf('\n');
  return {
    line: source.split('\n').length,
    column: source.length - lastBreak,
    offset: source.length,
  };
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
