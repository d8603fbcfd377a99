/**
 * RFC 4180 CSV. Cells that a spreadsheet would read as a formula (=, +, -, @ first) get a leading
 * apostrophe, so a name like "=HYPERLINK(…)" stays text when the file is opened.
 */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    let text = value === null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
