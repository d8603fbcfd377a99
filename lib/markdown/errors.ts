import type { Reason } from '@/lib/errors';
import type importMessages from '@/messages/en/import.json';

/** A key of the "import" catalogue (except the "Line N:" frame that reasonText adds). */
export type ImportMessageKey = `import.${Exclude<keyof typeof importMessages & string, 'atLine'>}`;

/**
 * Something the importer kept in another form or left out, or why it could not read the file: a
 * message key with its values and the line of the file it is about (null when it has none).
 * Worded where it is shown (lib/reasons.ts), in the language of whoever imports.
 */
export type ImportMessage = Reason<ImportMessageKey> & { line: number | null };

export function importMessage(
  line: number | null,
  key: ImportMessageKey,
  values: Record<string, string | number> = {},
): ImportMessage {
  return { key, values, line };
}

/** A Markdown file that cannot be read at all; `reason` says why, and on which line. */
export class MarkdownImportError extends Error {
  readonly reason: ImportMessage;

  constructor(reason: ImportMessage) {
    super(reason.line === null ? reason.key : `${reason.key} (line ${reason.line})`);
    this.name = 'MarkdownImportError';
    this.reason = reason;
  }

  get line(): number | null {
    return this.reason.line;
  }
}
