import { parseDocument, stringify } from 'yaml';
import type { FrontMatter } from '@/lib/doc/types';
import { importMessage, MarkdownImportError, type ImportMessage } from '@/lib/markdown/errors';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// yaml's messages end with " at line 2, column 1:" and a code frame; the line is reported our way.
function reason(message: string): string {
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
}

/**
 * The front matter of a file. `fenceLine` is the line of the opening `---`, so YAML line 1 is the
 * line after it. Invalid YAML cannot be kept as metadata or as text without changing what the
 * file says, so it stops the import with the line to fix.
 */
export function readFrontMatter(yaml: string, fenceLine: number, warnings: ImportMessage[]): FrontMatter {
  const document = parseDocument(yaml);
  const error = document.errors[0];
  if (error) {
    const yamlLine = error.linePos?.[0].line;
    const line = yamlLine === undefined ? fenceLine : fenceLine + yamlLine;
    throw new MarkdownImportError(importMessage(line, 'import.badYaml', { reason: reason(error.message) }));
  }
  let value: unknown;
  try {
    value = document.toJS();
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new MarkdownImportError(importMessage(fenceLine, 'import.badYaml', { reason: reason(message) }));
  }
  if (value === null || value === undefined) return {};
  if (!isPlainObject(value)) {
    warnings.push(importMessage(fenceLine, 'import.frontMatterNotMap'));
    return {};
  }
  return value;
}

/** The YAML between the `---` fences, or null when there is nothing to write. */
export function writeFrontMatter(frontMatter: FrontMatter | undefined): string | null {
  if (!frontMatter || Object.keys(frontMatter).length === 0) return null;
  // No folding: a long description stays on one line, as people write it. Multi-line text is
  // written as a quoted string, since a block scalar's trailing newlines would not survive the
  // closing fence.
  return stringify(frontMatter, { lineWidth: 0, blockQuote: false }).replace(/\n$/, '');
}
