/**
 * CSV as RFC 4180 says, for spreadsheets: fields with a comma, a quote or a
 * line break are quoted and their quotes doubled, rows end with CRLF, and the
 * file starts with a UTF-8 byte order mark so Excel reads Chinese characters.
 *
 * A cell that begins with = + - @, a tab or a carriage return is prefixed
 * with an apostrophe, so a spreadsheet shows it as text instead of running it
 * as a formula (CSV injection).
 */

export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: guarded against formulas, then quoted where RFC 4180 requires it. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole file: the BOM, the header row, then one row per record, every row ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return CSV_BOM + [header, ...rows].map((row) => csvRow(row) + CSV_LINE_END).join('');
}
