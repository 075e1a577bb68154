/**
 * Property-based checks of the importers, shared by the unit tests (a few
 * hundred cases) and `npm run fuzz` (100,000+ cases per parser).
 *
 * Each property says: the importer never throws, terminates quickly, and
 * accounts for every input record: loaded + rejected = records in the input,
 * every rejected record has a `rejected` problem located at it, every
 * record built to be valid is loaded and every one built to be invalid is not.
 * Inputs are kept small so that many cases run quickly.
 */
import fc from 'fast-check';
import { importDataset, type ImportResult } from '../../src/data/import/lenient';
import { csvToDataset, parseCsv, type CsvSeparator } from '../../src/data/import/csv';
import { timelineJsToDataset } from '../../src/data/import/timelinejs';
import { parseImport } from '../../src/data/import/detect';

/** A case that takes longer than this is a failure (a hang or a pathological slowdown). */
const SLOW_MS = 2_000;

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  const took = performance.now() - started;
  check(took < SLOW_MS, `took ${Math.round(took)} ms`);
  return result;
}

/** Common invariants of any result. */
function checkResult(result: ImportResult): void {
  for (const key of ['events', 'categories', 'eras', 'footnotes', 'references', 'tours'] as const) {
    const count = result.summary[key];
    check(count.loaded + count.rejected === count.total, `${key}: loaded + rejected ≠ total (${JSON.stringify(count)})`);
  }
  check((result.dataset === null) === (result.summary.events.loaded === 0), 'dataset is null exactly when no event is loaded');
  if (result.dataset) {
    check(result.dataset.events.length === result.summary.events.loaded, 'dataset events ≠ loaded');
    const categories = new Set(result.dataset.categories.map((c) => c.id));
    for (const event of result.dataset.events) check(categories.has(event.category), `event ${event.id} in a missing category`);
    check(new Set(result.dataset.events.map((e) => e.id)).size === result.dataset.events.length, 'duplicate event ids loaded');
  } else {
    check(result.problems.some((p) => p.severity === 'rejected'), 'no dataset but no rejection reported');
  }
  for (const problem of result.problems) check(typeof problem.path === 'string' && problem.message.length > 0, 'a problem without a message');
}

/** The record indexes (or lines) that have a rejected problem, from paths like "events[3].start" or "line 5". */
function rejectedKeys(result: ImportResult, pattern: RegExp): Set<string> {
  const keys = new Set<string>();
  for (const problem of result.problems) {
    const match = pattern.exec(problem.path);
    if (problem.severity === 'rejected' && match) keys.add(match[1]!);
  }
  return keys;
}

// ----- dates -----

const year = fc.integer({ min: 1, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 28 });
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const validDate = fc.oneof(
  year.map((y) => pad(y, 4)),
  fc.tuple(year, month).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
);
const invalidDate = fc.oneof(
  fc.constantFrom('1990-13-01', '2019-02-29', '0000', '26/03/1990', '', '1990-3-1', '99', '1990-00', '2020-04-31', '1990-03-26T00:00'),
  fc.string({ maxLength: 6 }).filter((s) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)),
);

// ----- our JSON -----

const CATEGORIES = ['a', 'b', 'c'];
const text = fc.string({ maxLength: 6 });
const title = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => /\S/.test(s));

const validEvent = fc.record(
  {
    title,
    start: validDate,
    category: fc.constantFrom(...CATEGORIES),
    summary: text,
    footnotes: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
    approximate: fc.boolean(),
    section: text,
    note: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: ['title', 'start', 'category', 'summary', 'footnotes'] },
);

const MUTATIONS = ['start', 'end-before', 'title-empty', 'title-missing', 'category', 'id', 'footnote', 'approximate', 'not-object', 'end'] as const;

type Tagged = { kind: 'valid' | 'invalid' | 'any'; value: unknown };

function eventItems(): fc.Arbitrary<Tagged[]> {
  const item: fc.Arbitrary<(i: number) => Tagged> = fc.oneof(
    { weight: 4, arbitrary: validEvent.map((e) => (i: number): Tagged => ({ kind: 'valid', value: { id: `v${i}`, ...e } })) },
    {
      weight: 3,
      arbitrary: fc.tuple(validEvent, fc.constantFrom(...MUTATIONS), invalidDate).map(([e, mutation, bad]) => (i: number): Tagged => {
        const event: Record<string, unknown> = { id: `v${i}`, ...e };
        switch (mutation) {
          case 'start':
            event.start = bad;
            break;
          case 'end':
            event.end = bad;
            break;
          case 'end-before':
            event.start = '2000-05';
            event.end = '1999';
            break;
          case 'title-empty':
            event.title = '  ';
            break;
          case 'title-missing':
            delete event.title;
            break;
          case 'category':
            event.category = 'zz';
            break;
          case 'id':
            event.id = `V ${i}`;
            break;
          case 'footnote':
            event.footnotes = [0];
            break;
          case 'approximate':
            event.approximate = 'yes';
            break;
          case 'not-object':
            return { kind: 'invalid', value: [event] };
        }
        return { kind: 'invalid', value: event };
      }),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }).map((value) => (): Tagged => ({ kind: 'any', value })) },
  );
  return fc.array(item, { maxLength: 8 }).map((makers) => makers.map((make, i) => make(i)));
}

const footnoteItem = fc.oneof(
  fc.record({ n: fc.integer({ min: 1, max: 6 }), refs: fc.array(fc.constantFrom('r1', 'r2', 'nobody'), { maxLength: 2 }), note: text }),
  fc.anything({ maxDepth: 1 }),
);
const referenceItem = fc.oneof(
  fc.record({
    id: fc.constantFrom('r1', 'r2', 'r3'),
    key: fc.constantFrom('K1', 'K2'),
    authors: fc.constant([{ family: 'Doe' }]),
    year: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: null }),
    title,
  }),
  fc.anything({ maxDepth: 1 }),
);

/** Our JSON: a document with a mix of valid, invalid and arbitrary events. */
export function jsonProperty() {
  const rest = fc.record(
    {
      source: fc.oneof(fc.record({ title }), fc.anything({ maxDepth: 1 })),
      footnotes: fc.oneof(fc.array(footnoteItem, { maxLength: 5 }), fc.anything({ maxDepth: 1 })),
      references: fc.oneof(fc.array(referenceItem, { maxLength: 4 }), fc.anything({ maxDepth: 1 })),
      eras: fc.array(fc.oneof(fc.record({ id: fc.constantFrom('x', 'y'), label: title, start: validDate, end: validDate }), fc.anything({ maxDepth: 1 })), { maxLength: 3 }),
      extra: fc.jsonValue({ maxDepth: 1 }),
      tours: fc.oneof(
        fc.array(
          fc.oneof(
            fc.record({
              id: fc.constantFrom('t1', 't2'),
              title,
              steps: fc.array(fc.record({ event: fc.constantFrom('v0', 'v1', 'v2', 'zz'), caption: text }), { maxLength: 3 }),
            }),
            fc.anything({ maxDepth: 1 }),
          ),
          { maxLength: 3 },
        ),
        fc.anything({ maxDepth: 1 }),
      ),
    },
    { requiredKeys: [] },
  );
  return fc.property(eventItems(), rest, (items, others) => {
    const doc = {
      ...others,
      categories: CATEGORIES.map((id) => ({ id, label: id.toUpperCase(), description: '' })),
      events: items.map((item) => item.value),
    };
    const result = timed(() => importDataset(doc));
    checkResult(result);
    const { total, loaded, rejected } = result.summary.events;
    check(total === items.length, `total ${total} ≠ ${items.length}`);
    const rejectedIndexes = rejectedKeys(result, /^events\[(\d+)\]/);
    check(rejectedIndexes.size === rejected, `${rejected} rejected but problems at ${[...rejectedIndexes].join(', ')}`);
    const loadedIds = new Set(result.dataset?.events.map((e) => e.id) ?? []);
    items.forEach((item, i) => {
      if (item.kind === 'valid') check(loadedIds.has(`v${i}`) && !rejectedIndexes.has(String(i)), `valid events[${i}] not loaded`);
      if (item.kind === 'invalid') check(rejectedIndexes.has(String(i)), `invalid events[${i}] not rejected`);
    });
    check(loaded === loadedIds.size, 'loaded count');
  });
}

// ----- CSV -----

/** Characters that stress a CSV reader. */
const csvChar = fc.constantFrom('a', 'b', '1', ' ', '-', '"', ',', ';', '\t', '\n', '\r', '\r\n', 'é', '中', '\uFEFF');
const cellText = fc.string({ unit: csvChar, maxLength: 6 });
const cellValue = fc.oneof(cellText, validDate, invalidDate, fc.constantFrom('true', 'no', 'maybe', '1; 2', '3 x'));

function serializeField(field: string, separator: string, quoteAll: boolean): string {
  const needs = field.includes('"') || field.includes(separator) || /[\r\n]/.test(field) || field.startsWith('\uFEFF');
  return needs || quoteAll ? `"${field.replaceAll('"', '""')}"` : field;
}

const EXTRA_COLUMNS = ['works', 'notes', 'x'];

interface CsvCase {
  readonly header: string[];
  readonly rows: string[][];
  readonly separator: CsvSeparator;
  readonly newline: string;
  readonly bom: boolean;
  readonly trailingNewline: boolean;
  readonly quoteAll: boolean;
  readonly headerCase: boolean;
}

const csvCase: fc.Arbitrary<CsvCase> = fc
  .record({
    optional: fc.subarray(['id', 'end', 'approximate', 'category', 'summary', 'footnotes', 'section', 'dateSource', ...EXTRA_COLUMNS]),
    order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    rowCount: fc.nat({ max: 6 }),
    cells: fc.array(cellValue, { minLength: 72, maxLength: 72 }),
    separator: fc.constantFrom<CsvSeparator>(',', ';'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    trailingNewline: fc.boolean(),
    quoteAll: fc.boolean(),
    headerCase: fc.boolean(),
    ragged: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ optional, order, rowCount, cells, ragged, ...format }) => {
    const columns = ['title', 'start', ...optional];
    // A deterministic shuffle from the generated numbers.
    const header = columns
      .map((name, i) => ({ name, key: order[i % order.length]! }))
      .sort((a, b) => a.key - b.key)
      .map(({ name }) => name);
    const rows = Array.from({ length: rowCount }, (_, r) => {
      const width = Math.max(1, header.length + (ragged[r] ?? 0));
      return Array.from({ length: width }, (_, c) => cells[(r * 12 + c) % cells.length]!);
    });
    return { header, rows, ...format };
  });

function serializeCsv(c: CsvCase): { text: string; lines: number[] } {
  const records = [c.header.map((h) => (c.headerCase ? h.toUpperCase() : h)), ...c.rows];
  let text = c.bom ? '\uFEFF' : '';
  let line = 1;
  const lines: number[] = [];
  records.forEach((fields, r) => {
    lines.push(line);
    const record = fields.map((f) => serializeField(f, c.separator, c.quoteAll)).join(c.separator);
    text += record;
    line += (record.match(/\r\n|\r|\n/g) ?? []).length;
    if (r < records.length - 1 || c.trailingNewline) {
      text += c.newline;
      line++;
    }
  });
  return { text, lines };
}

const isBlank = (fields: readonly string[]) => fields.every((f) => f.trim() === '');

/** CSV: text built from random fields (quotes, separators, line breaks, BOM); every data row is loaded or reported by its line. */
export function csvProperty() {
  return fc.property(csvCase, (c) => {
    const { text, lines } = serializeCsv(c);
    // The reader gives back exactly the fields that were written (line breaks as "\n"), at the right lines.
    const table = timed(() => parseCsv(text));
    check(table.separator === c.separator, `separator ${JSON.stringify(table.separator)}`);
    // Records with nothing but separators and white space are not records.
    const written = [c.header.map((h) => (c.headerCase ? h.toUpperCase() : h)), ...c.rows]
      .map((fields, r) => ({ fields: fields.map((f) => f.replace(/\r\n?/g, '\n')), line: lines[r]! }))
      .filter((record) => !isBlank(record.fields));
    const read = table.records.map((record) => ({ fields: [...record.fields], line: record.line }));
    check(JSON.stringify(read) === JSON.stringify(written), `read ${JSON.stringify(read)}, wrote ${JSON.stringify(written)}`);

    const result = timed(() => csvToDataset(text));
    checkResult(result);
    const dataRows = c.rows.map((fields, r) => ({ fields, line: lines[r + 1]! })).filter((row) => !isBlank(row.fields));
    const { total, rejected } = result.summary.events;
    check(total === dataRows.length, `total ${total} ≠ ${dataRows.length} data rows`);
    const rejectedLines = rejectedKeys(result, /^line (\d+)$/);
    check(rejectedLines.size === rejected, `${rejected} rejected but problems at lines ${[...rejectedLines].join(', ')}`);
    for (const line of rejectedLines) check(dataRows.some((row) => String(row.line) === line), `rejection at line ${line}, which starts no row`);
  });
}

/** CSV: any text at all (unclosed quotes included); the reader and importer account for every record they find. */
export function csvTextProperty() {
  const unit = fc.constantFrom('title', 'start', 'id', '1990', '"', '""', ',', ';', '\n', '\r', '\r\n', ' ', 'x', '\uFEFF');
  return fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
    const table = timed(() => parseCsv(text));
    const records = table.records;
    for (const record of records) check(record.unclosedQuoteLine !== undefined || !isBlank(record.fields), 'a blank record');
    const result = timed(() => csvToDataset(text));
    checkResult(result);
    if (result.dataset || result.summary.events.total > 0) check(result.summary.events.total === Math.max(0, records.length - 1), 'rows counted');
    for (let r = 1; r < table.records.length; r++) check(table.records[r]!.line > table.records[r - 1]!.line, 'lines increase');
  });
}

// ----- TimelineJS -----

const GROUPS = ['Politics', 'economy', '', 'Social life'];

const tjsDate = fc.oneof(
  year.map((y) => ({ year: y })),
  fc.tuple(year, month).map(([y, m]) => ({ year: String(y), month: m })),
  fc.tuple(year, month, day).map(([y, m, d]) => ({ year: y, month: String(m), day: d, display_date: `${d}/${m}` })),
);
const headline = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{1,6}$/), fc.constantFrom('', '<b>', '<i>x</i> ', '&amp; ', '<p>'))
  .map(([word, decoration]) => `${decoration}${word}`);

const validSlide = fc.record(
  {
    start_date: tjsDate,
    end_date: fc.constantFrom({ year: 9999 }, { year: '', month: '' }),
    text: fc.record({ headline, text: fc.string({ maxLength: 8 }) }, { requiredKeys: ['headline'] }),
    group: fc.constantFrom(...GROUPS),
    media: fc.record({ url: fc.constant('https://example.org/a.png') }),
  },
  { requiredKeys: ['start_date', 'text'] },
);

const SLIDE_MUTATIONS = ['year-0', 'year-negative', 'year-text', 'month-13', 'day-no-month', 'day-31', 'no-headline', 'text-not-object', 'no-start', 'not-object', 'end-before'] as const;

function slideItems(): fc.Arbitrary<Tagged[]> {
  const item: fc.Arbitrary<(i: number) => Tagged> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(validSlide, fc.boolean()).map(([slide, withId]) => (i: number): Tagged => ({ kind: 'valid', value: withId ? { ...slide, unique_id: `u${i}` } : slide })),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(validSlide, fc.constantFrom(...SLIDE_MUTATIONS)).map(([slide, mutation]) => (): Tagged => {
        const s: Record<string, unknown> = { ...slide };
        switch (mutation) {
          case 'year-0':
            s.start_date = { year: 0 };
            break;
          case 'year-negative':
            s.start_date = { year: '-500', month: 3 };
            break;
          case 'year-text':
            s.start_date = { year: 'about 1990' };
            break;
          case 'month-13':
            s.start_date = { year: 1990, month: 13 };
            break;
          case 'day-no-month':
            s.start_date = { year: 1990, day: 3 };
            break;
          case 'day-31':
            s.start_date = { year: 1990, month: 4, day: 31 };
            break;
          case 'no-headline':
            s.text = { text: 'body' };
            break;
          case 'text-not-object':
            s.text = 'Headline';
            break;
          case 'no-start':
            delete s.start_date;
            break;
          case 'end-before':
            s.start_date = { year: 2000 };
            s.end_date = { year: 1999 };
            break;
          case 'not-object':
            return { kind: 'invalid', value: JSON.stringify(s) };
        }
        return { kind: 'invalid', value: s };
      }),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }).map((value) => (): Tagged => ({ kind: 'any', value })) },
  );
  return fc.array(item, { maxLength: 8 }).map((makers) => makers.map((make, i) => make(i)));
}

/** TimelineJS: a document with a mix of valid, invalid and arbitrary slides. */
export function timelineJsProperty() {
  const title = fc.oneof(fc.record({ text: fc.record({ headline, text: fc.string({ maxLength: 6 }) }) }), fc.anything({ maxDepth: 2 }));
  const eras = fc.oneof(fc.array(fc.record({ start_date: tjsDate, end_date: fc.constant({ year: 9999 }), text: fc.record({ headline }) }), { maxLength: 3 }), fc.anything({ maxDepth: 1 }));
  return fc.property(slideItems(), title, eras, (items, titleSlide, eraList) => {
    const doc = { title: titleSlide, events: items.map((item) => item.value), eras: eraList };
    const result = timed(() => timelineJsToDataset(doc));
    checkResult(result);
    const { total, rejected } = result.summary.events;
    check(total === items.length, `total ${total} ≠ ${items.length}`);
    const rejectedIndexes = rejectedKeys(result, /^events\[(\d+)\]/);
    check(rejectedIndexes.size === rejected, `${rejected} rejected but problems at ${[...rejectedIndexes].join(', ')}`);
    items.forEach((item, i) => {
      if (item.kind === 'valid') check(!rejectedIndexes.has(String(i)), `valid events[${i}] rejected: ${JSON.stringify(result.problems)}`);
      if (item.kind === 'invalid') check(rejectedIndexes.has(String(i)), `invalid events[${i}] not rejected`);
    });
    check(result.summary.events.loaded === items.filter((item) => item.kind === 'valid').length + items.filter((item, i) => item.kind === 'any' && !rejectedIndexes.has(String(i))).length, 'loaded count');
  });
}

// ----- any text, through format detection -----

/** parseImport on arbitrary text and on JSON documents of any shape: never throws, always accounts. */
export function anyTextProperty() {
  const jsonish = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify({ events: [value, { start: '1990', start_date: value }] })),
    fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', 'events', 'start', '1', ' ', '\n'), maxLength: 30 }),
    fc.string({ maxLength: 30 }),
  );
  return fc.property(jsonish, fc.option(fc.constantFrom('a.csv', 'b.json', 'c.tsv', 'data', 'x.txt?raw=1'), { nil: undefined }), (text, name) => {
    const result = timed(() => parseImport(text, name));
    checkResult(result);
  });
}
