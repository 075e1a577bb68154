/**
 * CSV import: an RFC 4180 reader written here (it never evaluates code), and
 * the mapping of its rows onto our events.
 *
 * The reader takes quoted fields with doubled quotes ("say ""hi"""), line
 * breaks inside quotes (kept as "\n"), CRLF, LF or CR line ends, a UTF-8 BOM,
 * and ",", ";" or tab separators (the one used most in the header line,
 * outside quotes). It is lenient where spreadsheets are sloppy: a quote inside
 * an unquoted field is a plain character, spaces before an opening quote are
 * skipped, and text after a closing quote is kept (with a warning). A quote
 * that is never closed takes the rest of the file into its cell; that record
 * is rejected, naming the line where the quote opens.
 *
 * The header (names case-insensitive, in any order):
 *
 *   id,title,start,end,approximate,category,summary,footnotes,section,dateSource
 *
 * - title and start are required columns; every other one is optional.
 * - id: made from the title and start when the cell (or column) is empty.
 * - start, end: "1984", "2020-09" or "1990-03-26"; anything else rejects the row.
 * - approximate: true/false, yes/no, 1/0 (any case); empty means not approximate.
 * - category: an id ("national-policy") or a name ("National policy", which
 *   becomes the category "national-policy" labelled "National policy");
 *   empty: "uncategorised". The categories are made from this column, labelled
 *   by a "category_label" column where there is one (as in our export).
 * - footnotes: numbers separated by ";", "," or spaces ("12; 14").
 * - title_zh, summary_zh: the Simplified Chinese title and summary (optional
 *   columns; an empty cell means none, so the English one is shown).
 * - Header names also match without "_", "-" or spaces ("date_source").
 * - Other columns (such as this project's export's "works") are kept in each
 *   event as text under their header name, and otherwise ignored.
 * - A cell starting with an apostrophe before = + - @ (the guard spreadsheet
 *   exports, ours included, put against formulas) loses the apostrophe.
 *
 * Rows are located by the physical line where they start (the header being
 * line 1 in a file that starts with it): "line 5: start \"1990-13-01\" is not a date".
 * Rows whose cells are all empty are skipped (they are not rows).
 */
import type { Problem } from '../validate';
import { DEFAULT_SOURCE_TITLE, buildDataset, emptySummary, unusable, type Candidate, type ImportProblem, type ImportResult, type Locator } from './lenient';
import { IdPool, isId, slugify } from './ids';

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvRecord {
  /** Physical line (1-based) where the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
  /** The line of a quote that is never closed (the record then runs to the end of the text). */
  readonly unclosedQuoteLine?: number;
  /** Whether text followed a closing quote in some field (it is kept in the field). */
  readonly textAfterQuote?: boolean;
}

export interface CsvTable {
  readonly separator: CsvSeparator;
  readonly records: readonly CsvRecord[];
}

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator used most, outside quotes, in the first non-empty line (ties: "," then ";" then tab; none: ","). */
export function detectSeparator(text: string): CsvSeparator {
  const body = stripBom(text);
  let i = 0;
  while (i < body.length && (body[i] === '\n' || body[i] === '\r')) i++;
  const counts = new Map<string, number>();
  let quoted = false;
  for (; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvSeparator = ',';
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/**
 * Reads CSV text into records. Lines with nothing in them but separators and
 * white space are not records (spreadsheets leave them). Never throws.
 */
export function parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): CsvTable {
  const body = stripBom(text);
  const n = body.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;

  const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
  /** Consumes one line break at i, if any. */
  const lineBreak = () => {
    if (body[i] === '\r') i += body[i + 1] === '\n' ? 2 : 1;
    else if (body[i] === '\n') i++;
    else return false;
    line++;
    return true;
  };

  while (i < n) {
    // An empty line is not a record.
    if (isBreak(body[i])) {
      lineBreak();
      continue;
    }
    const startLine = line;
    const fields: string[] = [];
    let unclosedQuoteLine: number | undefined;
    let textAfterQuote = false;
    for (;;) {
      let field = '';
      // Spaces before an opening quote are not part of a quoted field.
      let j = i;
      while (body[j] === ' ') j++;
      if (body[j] === '"') {
        const quoteLine = line;
        i = j + 1;
        let closed = false;
        while (i < n) {
          const c = body[i]!;
          if (c === '"') {
            if (body[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else if (isBreak(c)) {
            lineBreak();
            field += '\n';
          } else {
            // Copy a run of ordinary characters at once.
            let k = i + 1;
            while (k < n && body[k] !== '"' && !isBreak(body[k])) k++;
            field += body.slice(i, k);
            i = k;
          }
        }
        if (!closed) unclosedQuoteLine = quoteLine;
        else {
          let k = i;
          while (k < n && body[k] !== separator && !isBreak(body[k])) k++;
          if (k > i) {
            field += body.slice(i, k);
            textAfterQuote = true;
            i = k;
          }
        }
      } else {
        let k = i;
        while (k < n && body[k] !== separator && !isBreak(body[k])) k++;
        field = body.slice(i, k);
        i = k;
      }
      fields.push(field);
      if (i < n && body[i] === separator) {
        i++;
        continue;
      }
      break;
    }
    lineBreak();
    if (unclosedQuoteLine === undefined && isBlank(fields)) continue;
    const record: { line: number; fields: string[]; unclosedQuoteLine?: number; textAfterQuote?: boolean } = { line: startLine, fields };
    if (unclosedQuoteLine !== undefined) record.unclosedQuoteLine = unclosedQuoteLine;
    if (textAfterQuote) record.textAfterQuote = true;
    records.push(record);
  }
  return { separator, records };
}


/** The columns this importer reads, by their header name lowercased without "_", "-" or spaces. */
const COLUMNS = {
  id: 'id',
  title: 'title',
  start: 'start',
  end: 'end',
  approximate: 'approximate',
  category: 'category',
  categorylabel: 'categoryLabel',
  summary: 'summary',
  titlezh: 'title_zh',
  summaryzh: 'summary_zh',
  footnotes: 'footnotes',
  section: 'section',
  datesource: 'dateSource',
} as const;

const columnKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

type Column = (typeof COLUMNS)[keyof typeof COLUMNS];

/** The documented header, in its usual order. */
export const CSV_HEADER = 'id,title,start,end,approximate,category,summary,footnotes,section,dateSource';

export const UNCATEGORISED = 'uncategorised';

/**
 * Undoes the guard against spreadsheet formulas that CSV exports (ours
 * included) put in front of cells starting with = + - @ tab or CR: "'=x" → "=x".
 */
function unguard(value: string | undefined): string | undefined {
  return value !== undefined && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

export interface CsvOptions {
  /** The timeline's title (a CSV file has none); default "Imported timeline". */
  readonly title?: string;
  /** Force a separator instead of detecting it. */
  readonly separator?: CsvSeparator;
}

const quote = (value: string) => JSON.stringify(value);
/** "a, b, c" or "a, b, c, d, e and 7 more". */
const listOf = (items: readonly string[], max = 5, total = items.length) => (total <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${total - max} more`);
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Names a column for messages: "column 3" or "column 3 (\"works\")". */
const columnName = (index: number, name: string) => (name ? `column ${index + 1} (${quote(name)})` : `column ${index + 1}`);

function lineLocator(line: number): Locator {
  return (keys, message, named) => {
    if (named || keys.length === 0) return { path: `line ${line}`, message };
    const [field, ...rest] = keys;
    const where = `${String(field)}${rest.map((key) => `[${String(key)}]`).join('')}`;
    // Schema messages about a value start with the value ("\"x\" is not a date") or a verb ("is missing").
    return { path: `line ${line}`, message: `${where} ${message}` };
  };
}

/** Reads CSV text as a timeline: every data row is loaded or reported with its line. Never throws. */
export function csvToDataset(text: string, options: CsvOptions = {}): ImportResult {
  const table = parseCsv(text, options.separator);
  const records = table.records;
  const header = records[0];
  if (!header) return unusable('csv', [{ path: '', message: 'the file is empty' }]);
  const rows = records.slice(1);
  const headerAt = `line ${header.line}`;
  if (header.unclosedQuoteLine !== undefined) {
    return unusable('csv', [{ path: headerAt, message: `the header has a quote that is never closed (it opens on line ${header.unclosedQuoteLine})` }]);
  }

  const problems: ImportProblem[] = [];
  const warnDoc = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });

  // Columns: ours by name (case-insensitive), others kept under their own name.
  const names = header.fields.map((field) => field.trim());
  const known = new Map<Column, number>();
  const extra = new Map<string, number>();
  const unnamed: number[] = [];
  /** Later columns with the name of an earlier one, by the first one's index. */
  const repeats = new Map<number, number[]>();
  names.forEach((name, index) => {
    const key = columnKey(name);
    const column = Object.hasOwn(COLUMNS, key) ? COLUMNS[key as keyof typeof COLUMNS] : undefined;
    const first = column ? known.get(column) : extra.get(name);
    if (first !== undefined) {
      const later = repeats.get(first);
      if (later) later.push(index);
      else repeats.set(first, [index]);
    }
    else if (column) known.set(column, index);
    else if (name === '' || name === '__proto__') unnamed.push(index);
    else extra.set(name, index);
  });
  const columnList = (indexes: readonly number[]) => listOf(indexes.slice(0, 6).map((index) => String(index + 1)), 5, indexes.length);
  for (const [first, later] of [...repeats].slice(0, 20)) {
    warnDoc(headerAt, `${columnName(first, names[first] ?? '')} is repeated (${plural(later.length, 'column', 'columns')} ${columnList(later)}); only the first is read`);
  }
  const missingColumns = (['title', 'start'] as const).filter((column) => !known.has(column));
  if (missingColumns.length > 0) {
    const found = names.every((name) => name === '') ? 'it is empty' : `it has ${listOf(names.slice(0, 6).map(quote), 5, names.length)}`;
    const hint = names.length === 1 && names[0] !== undefined && /[,;\t]/.test(names[0]) ? ` (the separator was taken to be ${quote(table.separator)})` : '';
    return unusable(
      'csv',
      [
        {
          path: headerAt,
          message: `the header (the first line) needs ${plural(missingColumns.length, 'a column', 'columns')} named ${missingColumns.map((c) => quote(c)).join(' and ')}, but ${found}${hint}. Expected columns: ${CSV_HEADER}`,
        },
      ],
      { ...emptySummary(), events: { total: rows.length, loaded: 0, rejected: rows.length, created: 0 } },
    );
  }
  const ignored = unnamed.filter((index) => rows.some((row) => (row.fields[index] ?? '').trim() !== ''));
  if (ignored.length > 0) warnDoc(headerAt, `${plural(ignored.length, 'column', 'columns')} ${columnList(ignored)} ${plural(ignored.length, 'has', 'have')} no usable name; ${plural(ignored.length, 'its', 'their')} cells are ignored`);

  const cell = (row: CsvRecord, column: Column): string | undefined => {
    const index = known.get(column);
    const value = index === undefined ? undefined : unguard(row.fields[index]?.trim());
    return value === '' ? undefined : value;
  };

  // Ids given in the file come first; made ones must not collide with them.
  const ids = new IdPool();
  for (const row of rows) {
    const id = cell(row, 'id');
    if (id !== undefined) ids.reserve(id);
  }
  if (!known.has('id')) warnDoc(headerAt, 'there is no "id" column: each event\'s id is made from its title and start date');
  if (!known.has('category')) warnDoc(headerAt, `there is no "category" column: every event is in the category ${quote(UNCATEGORISED)}`);

  const categoryLabels = new Map<string, string>();
  let unnamedCategories = 0;
  const categoryByText = new Map<string, string>();
  /** The category id for a cell; its label is the given label column, else the cell's text. */
  const categoryOf = (textValue: string, label?: string): string => {
    let id = categoryByText.get(textValue);
    if (id === undefined) {
      id = isId(textValue) ? textValue : slugify(textValue) || `category-${++unnamedCategories}`;
      categoryByText.set(textValue, id);
    }
    const current = categoryLabels.get(id);
    if (current === undefined || (label !== undefined && current === id && label !== id)) categoryLabels.set(id, label ?? textValue);
    return id;
  };

  let citesFootnotes = false;
  // Row-level remarks, reported once each with the lines they concern.
  const afterQuote: number[] = [];
  const beyondLast: number[] = [];
  const emptyId: number[] = [];
  const emptyCategory: number[] = [];
  const events: Candidate[] = rows.map((row) => {
    const at = lineLocator(row.line);
    const here = (message: string): Problem => ({ path: `line ${row.line}`, message });
    if (row.unclosedQuoteLine !== undefined) {
      const tail = row.unclosedQuoteLine === row.line ? '' : ` (it opens on line ${row.unclosedQuoteLine})`;
      return { value: null, at, rejected: [here(`a quote is never closed${tail}, so the rest of the file is inside one cell`)] };
    }
    const rejected: Problem[] = [];
    if (row.textAfterQuote) afterQuote.push(row.line);
    const beyond = row.fields.slice(names.length).filter((field) => field.trim() !== '').length;
    if (beyond > 0) beyondLast.push(row.line);

    const event: Record<string, unknown> = {};
    for (const [name, index] of extra) event[name] = unguard(row.fields[index]) ?? '';

    const title = cell(row, 'title');
    const start = cell(row, 'start');
    let id = cell(row, 'id');
    if (id === undefined) {
      id = ids.claim(`${slugify(title ?? '', 50) || 'event'}${start ? `-${slugify(start, 10) || 'undated'}` : ''}`);
      if (known.has('id')) emptyId.push(row.line);
    }
    event.id = id;
    if (title !== undefined) event.title = title;
    if (start !== undefined) event.start = start;
    const end = cell(row, 'end');
    if (end !== undefined) event.end = end;

    const approximate = cell(row, 'approximate');
    if (approximate !== undefined) {
      const word = approximate.toLowerCase();
      if (TRUE.has(word)) event.approximate = true;
      else if (FALSE.has(word)) event.approximate = false;
      else rejected.push(here(`approximate ${quote(approximate)} should be true or false (or yes/no, 1/0)`));
    }

    const category = cell(row, 'category');
    if (category === undefined) {
      event.category = categoryOf(UNCATEGORISED);
      if (known.has('category')) emptyCategory.push(row.line);
    } else event.category = categoryOf(category, cell(row, 'categoryLabel'));

    event.summary = cell(row, 'summary') ?? '';
    for (const column of ['title_zh', 'summary_zh'] as const) {
      const value = cell(row, column);
      if (value !== undefined) event[column] = value;
    }

    const footnotes = cell(row, 'footnotes');
    const numbers: number[] = [];
    if (footnotes !== undefined) {
      for (const part of footnotes.split(/[\s,;]+/)) {
        if (part === '') continue;
        if (/^\d{1,9}$/.test(part) && Number(part) >= 1) numbers.push(Number(part));
        else rejected.push(here(`footnotes ${quote(footnotes)}: ${quote(part)} is not a footnote number (whole numbers from 1, separated by ";", "," or spaces)`));
      }
    }
    if (numbers.length > 0) citesFootnotes = true;
    event.footnotes = numbers;

    const section = cell(row, 'section');
    if (section !== undefined) event.section = section;
    const dateSource = cell(row, 'dateSource');
    if (dateSource !== undefined) event.dateSource = dateSource;

    return rejected.length > 0 ? { value: event, at, rejected } : { value: event, at };
  });

  const categories: Candidate[] = [...categoryLabels].map(([id, label]) => ({
    value: { id, label: id === UNCATEGORISED && label === UNCATEGORISED ? 'Uncategorised' : label, description: '' },
    at: (_keys, message) => ({ path: headerAt, message: `category ${quote(id)}: ${message}` }),
    created: true,
  }));
  const renamed = [...categoryByText].filter(([textValue, id]) => textValue !== id);
  if (renamed.length > 0) {
    const list = renamed.slice(0, 5).map(([textValue, id]) => `${quote(textValue)} → ${quote(id)}`).join(', ');
    const more = renamed.length > 5 ? ` and ${renamed.length - 5} more` : '';
    warnDoc(headerAt, `category names are not ids (lowercase letters, digits and "-"), so ids were made from them, with the name as label: ${list}${more}`);
  }
  const rowsAt = (rowLines: readonly number[]) => `${plural(rowLines.length, 'line', 'lines')} ${listOf(rowLines.slice(0, 6).map(String), 5, rowLines.length)}`;
  const rowCount = (rowLines: readonly number[]) => (rowLines.length === 1 ? 'one row' : `${rowLines.length} rows`);
  if (emptyId.length > 0) warnDoc('', `${rowCount(emptyId)} ${plural(emptyId.length, 'has', 'have')} no id, so ids were made from the title and start (${rowsAt(emptyId)})`);
  if (emptyCategory.length > 0) warnDoc('', `${rowCount(emptyCategory)} ${plural(emptyCategory.length, 'has', 'have')} no category and ${plural(emptyCategory.length, 'is', 'are')} in ${quote(UNCATEGORISED)} (${rowsAt(emptyCategory)})`);
  if (beyondLast.length > 0) warnDoc('', `${rowCount(beyondLast)} ${plural(beyondLast.length, 'has', 'have')} cells beyond the last column, which are ignored (${rowsAt(beyondLast)})`);
  if (afterQuote.length > 0) warnDoc('', `text after a closing quote is kept as part of the cell (${rowsAt(afterQuote)})`);
  if (citesFootnotes) warnDoc(headerAt, 'a CSV file has no footnote texts: the footnote numbers are kept, and shown as not in this dataset');

  return buildDataset({
    format: 'csv',
    problems,
    source: {
      candidate: null,
      fallbackTitle: options.title?.trim() || DEFAULT_SOURCE_TITLE,
      missing: { path: '', message: `a CSV file has no title; ${quote(options.title?.trim() || DEFAULT_SOURCE_TITLE)} is used` },
    },
    categories,
    events,
    eventsAt: () => ({
      path: '',
      message: rows.length === 0 ? 'there are no rows under the header' : rows.length === 1 ? 'the only row could not be loaded' : `none of the ${rows.length} rows could be loaded`,
    }),
    footnotes: [],
    references: [],
    checkFootnotes: false,
  });
}
