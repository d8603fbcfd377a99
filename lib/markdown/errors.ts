/** A Markdown file that cannot be read at all. The message names the line: "Line 12: ...". */
export class MarkdownImportError extends Error {
  line: number | null;

  constructor(reason: string, line: number | null) {
    super(line === null ? reason : `Line ${line}: ${reason}`);
    this.name = 'MarkdownImportError';
    this.line = line;
  }
}

/** Something the importer kept in another form or left out; shown to the person importing. */
export type ImportWarning = { line: number | null; message: string };

export function warningText(warning: ImportWarning): string {
  return warning.line === null ? warning.message : `Line ${warning.line}: ${warning.message}`;
}
