import type { Definition, Root } from 'mdast';
import type { FrontMatter, GuideDoc } from '@/lib/doc/types';
import { isRoutineId, newRoutineId } from '@/lib/doc/routines';
import { importMessage, MarkdownImportError, type ImportMessage } from '@/lib/markdown/errors';
import { readFrontMatter } from '@/lib/markdown/front-matter';
import { collectDefinitions, definitionsSource } from '@/lib/markdown/definitions';
import { MdastConverter, type ConvertState, type PendingRoutine } from '@/lib/markdown/from-mdast';
import { normalizeFlow } from '@/lib/markdown/normalize';
import { unresolvedAddresses } from '@/lib/markdown/addresses';
import { mdxFailure, parseMarkdown, parseMdx, type ParseMode } from '@/lib/markdown/parse';

export type ImportResult = { frontMatter: FrontMatter; doc: GuideDoc; warnings: ImportMessage[] };

// .md files are CommonMark: indented code, autolinks and HTML mean what they mean there (MDX turns
// them off), and `<Note>` is still found in the HTML.
const PLAIN_MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;

function parse(
  source: string,
  fileName: string | undefined,
  warnings: ImportMessage[],
): { tree: Root; mode: ParseMode } {
  if (!fileName || !PLAIN_MARKDOWN.test(fileName)) {
    try {
      return { tree: parseMdx(source), mode: 'mdx' };
    } catch (error) {
      // Usually a VFileMessage with the line; development builds of micromark may throw an
      // assertion instead for the same input. Either way plain Markdown can still read the file.
      const failure = mdxFailure(error);
      const reason = failure?.reason ?? (error instanceof Error ? error.message : String(error));
      warnings.push(importMessage(failure?.line ?? null, 'import.notMdx', { reason }));
    }
  }
  try {
    return { tree: parseMarkdown(source), mode: 'markdown' };
  } catch (error) {
    const failure = mdxFailure(error);
    const reason = failure?.reason ?? (error instanceof Error ? error.message : String(error));
    throw new MarkdownImportError(importMessage(failure?.line ?? null, 'import.notMarkdown', { reason }));
  }
}

/**
 * Routine ids: an id written in the file is kept when it is valid and not taken by an earlier
 * routine; otherwise one is made from the written id or the title, unique with -2, -3.
 */
function assignRoutineIds(routines: PendingRoutine[], warnings: ImportMessage[]): void {
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
    warnings.push(
      importMessage(
        routine.line,
        isRoutineId(routine.writtenId) ? 'import.duplicateRoutineId' : 'import.badRoutineId',
        {
          id: routine.writtenId,
          newId: id,
        },
      ),
    );
  }
}

/**
 * Reads a Markdown or MDX file into a guide document and its front matter. Nothing is dropped
 * silently: what the guide cannot hold is kept as text, unknown elements keep their text and
 * links, and each is reported with the line; so is a relative address that cannot resolve.
 * Throws MarkdownImportError only when the file cannot be read (invalid front matter).
 */
export function importMarkdown(source: string, options: { fileName?: string } = {}): ImportResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const warnings: ImportMessage[] = [];
  const { tree, mode } = parse(text, options.fileName, warnings);

  let frontMatter: FrontMatter = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') frontMatter = readFrontMatter(first.value, first.position?.start.line ?? 1, warnings);

  const definitions = new Map<string, Definition>();
  collectDefinitions(tree.children, definitions);
  const state: ConvertState = {
    definitions,
    definitionSource: definitionsSource(definitions),
    warnings,
    routines: [],
    addresses: [],
    unwrapped: new Map(),
  };
  const converted = new MdastConverter(state, text, 0, mode).flow(tree.children);
  assignRoutineIds(state.routines, warnings);
  // One warning per tag, not per place: a page of cards has dozens of the same <div>.
  for (const [tag, { line, count }] of state.unwrapped) {
    warnings.push(importMessage(line, 'import.unwrapped', { tag: `<${tag}>`, count }));
  }
  const doc: GuideDoc = { type: 'doc', content: normalizeFlow(converted, true) };
  warnings.push(...unresolvedAddresses(state.addresses, doc));

  const seen = new Set<string>();
  const unique: ImportMessage[] = [];
  for (const warning of [...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
    const same = JSON.stringify([warning.line, warning.key, warning.values]);
    if (!seen.has(same)) unique.push(warning);
    seen.add(same);
  }
  return { frontMatter, doc, warnings: unique };
}
