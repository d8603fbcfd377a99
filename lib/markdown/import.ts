import type { Definition, Root } from 'mdast';
import type { FrontMatter, GuideDoc } from '@/lib/doc/types';
import { isRoutineId, newRoutineId } from '@/lib/doc/routines';
import { MarkdownImportError, warningText, type ImportWarning } from '@/lib/markdown/errors';
import { readFrontMatter } from '@/lib/markdown/front-matter';
import { collectDefinitions, definitionsSource } from '@/lib/markdown/definitions';
import { MdastConverter, type ConvertState, type PendingRoutine } from '@/lib/markdown/from-mdast';
import { normalizeFlow } from '@/lib/markdown/normalize';
import { mdxFailure, parseMarkdown, parseMdx, type ParseMode } from '@/lib/markdown/parse';

export type ImportResult = { frontMatter: FrontMatter; doc: GuideDoc; warnings: string[] };

// .md files are CommonMark: indented code, autolinks and HTML mean what they mean there (MDX turns
// them off), and `<Note>` is still found in the HTML.
const PLAIN_MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;

function parse(
  source: string,
  fileName: string | undefined,
  warnings: ImportWarning[],
): { tree: Root; mode: ParseMode } {
  if (!fileName || !PLAIN_MARKDOWN.test(fileName)) {
    try {
      return { tree: parseMdx(source), mode: 'mdx' };
    } catch (error) {
      // Usually a VFileMessage with the line; development builds of micromark may throw an
      // assertion instead for the same input. Either way plain Markdown can still read the file.
      const failure = mdxFailure(error);
      const reason = failure?.reason ?? (error instanceof Error ? error.message : String(error));
      warnings.push({
        line: failure?.line ?? null,
        message: `Not valid MDX (${reason}); the file was read as Markdown, with HTML kept as text`,
      });
    }
  }
  try {
    return { tree: parseMarkdown(source), mode: 'markdown' };
  } catch (error) {
    const failure = mdxFailure(error);
    const reason = failure?.reason ?? (error instanceof Error ? error.message : String(error));
    throw new MarkdownImportError(`The file cannot be read as Markdown: ${reason}`, failure?.line ?? null);
  }
}

/**
 * Routine ids: an id written in the file is kept when it is valid and not taken by an earlier
 * routine; otherwise one is made from the written id or the title, unique with -2, -3.
 */
function assignRoutineIds(routines: PendingRoutine[], warnings: ImportWarning[]): void {
  const taken = new Set<string>();
  const keepsWrittenId = new Set<PendingRoutine>();
  for (const routine of routines) {
    if (routine.writtenId !== null && isRoutineId(routine.writtenId) && !taken.has(routine.writtenId)) {
      taken.add(routine.writtenId);
      keepsWrittenId.add(routine);
    }
  }
  for (const routine of routines) {
    const attrs = routine.node.attrs ?? {};
    routine.node.attrs = attrs;
    if (keepsWrittenId.has(routine) && routine.writtenId !== null) {
      attrs.id = routine.writtenId;
      continue;
    }
    const title = typeof attrs.title === 'string' ? attrs.title : '';
    const id = newRoutineId(routine.writtenId || title, taken);
    taken.add(id);
    attrs.id = id;
    if (routine.writtenId === null) continue;
    warnings.push({
      line: routine.line,
      message: isRoutineId(routine.writtenId)
        ? `Two routines have the id "${routine.writtenId}"; this one now has the id "${id}"`
        : `Routine id "${routine.writtenId}" is not allowed (use lowercase letters, digits and dashes); it is now "${id}"`,
    });
  }
}

/**
 * Reads a Markdown or MDX file into a guide document and its front matter. Nothing is dropped
 * silently: what the guide cannot hold is kept as text, with a warning naming the line.
 * Throws MarkdownImportError only when the file cannot be read (invalid front matter).
 */
export function importMarkdown(source: string, options: { fileName?: string } = {}): ImportResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const warnings: ImportWarning[] = [];
  const { tree, mode } = parse(text, options.fileName, warnings);

  let frontMatter: FrontMatter = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') frontMatter = readFrontMatter(first.value, first.position?.start.line ?? 1, warnings);

  const definitions = new Map<string, Definition>();
  collectDefinitions(tree.children, definitions);
  const state: ConvertState = { definitions, definitionSource: definitionsSource(definitions), warnings, routines: [] };
  const converted = new MdastConverter(state, text, 0, mode).flow(tree.children);
  assignRoutineIds(state.routines, warnings);

  const seen = new Set<string>();
  const messages: string[] = [];
  for (const warning of [...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
    const message = warningText(warning);
    if (!seen.has(message)) messages.push(message);
    seen.add(message);
  }
  return { frontMatter, doc: { type: 'doc', content: normalizeFlow(converted, true) }, warnings: messages };
}
