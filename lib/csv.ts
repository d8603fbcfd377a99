/**
 * What a spreadsheet may skip before it reads a cell as a formula: control characters (NUL
 * included), whitespace, zero-width and other invisible format characters, byte-order marks.
 */
const INVISIBLE_LEAD = /^[\p{Cc}\p{Cf}\p{Z}\u180e\u3164\uffa0]*/u;
/** =, +, -, @ and their full-width forms start a formula; so do a leading tab or carriage return. */
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * RFC 4180 CSV. A cell that a spreadsheet would read as a formula, even behind invisible characters,
 * gets a leading apostrophe, so a name like "=HYPERLINK(…)" stays text when the file is opened.
 */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    let text = value === null ? '' : String(value);
    if (/^[\t\r]/.test(text) || FORMULA_START.test(text.replace(INVISIBLE_LEAD, ''))) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
