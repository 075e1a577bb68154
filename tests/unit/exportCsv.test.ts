import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvRow, toCsv } from '../../src/export/csv';
import { EVENT_CSV_COLUMNS, eventsToCsv } from '../../src/export/eventsCsv';
import { referenceText } from '../../src/data/cite';
import type { Dataset } from '../../src/data/schema';
import { readCsv } from '../support/readCsv';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;


describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('State Council 1990')).toBe('State Council 1990');
    expect(csvCell('社会信用体系')).toBe('社会信用体系');
    expect(csvCell(45)).toBe('45');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('quotes fields with a comma, a quote or a line break, and doubles the quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('the "credit" economy')).toBe('"the ""credit"" economy"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
  });

  it.each([
    ['=', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+', '+86 10 1234', "'+86 10 1234"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@cmd', "'@cmd"],
    ['tab', '\tindent', "'\tindent"],
  ])('prefixes a cell that begins with %s with an apostrophe', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('prefixes a cell that begins with a carriage return, and quotes it for the line break', () => {
    expect(csvCell('\rHYPERLINK')).toBe('"\'\rHYPERLINK"');
  });

  it('guards formulas that also need quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('@a,b')).toBe('"\'@a,b"');
  });

  it('does not touch those characters later in a cell', () => {
    expect(csvCell('1 + 1 = 2')).toBe('1 + 1 = 2');
    expect(csvCell('a@b')).toBe('a@b');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row, the last too, with CRLF', () => {
    const text = toCsv(['a', 'b'], [['1', 'x,y'], ['2', '']]);
    expect(text).toBe(`${CSV_BOM}a,b\r\n1,"x,y"\r\n2,\r\n`);
    expect(csvRow(['a', '"'])).toBe('a,""""');
  });

  it('round-trips awkward text through an RFC 4180 reader', () => {
    const awkward = ['comma, here', 'quote " here', 'new\nline', 'crlf\r\nline', '=formula', '中文, “quotes”'];
    const rows = readCsv(toCsv(['x'], awkward.map((v) => [v])).slice(1));
    expect(rows.slice(1).map((r) => r[0])).toEqual(awkward.map((v) => (v.startsWith('=') ? `'${v}` : v)));
  });
});

describe('eventsToCsv', () => {
  const text = eventsToCsv(scs.events, scs);
  const rows = readCsv(text.slice(1));

  it('has the documented header and one row per event, in the order given', () => {
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(rows[0]).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows[0]!.slice(0, 9)).toEqual(['id', 'title', 'start', 'end', 'approximate', 'category', 'summary', 'footnotes', 'works']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(scs.events.map((e) => e.id));
    for (const row of rows) expect(row).toHaveLength(EVENT_CSV_COLUMNS.length);
  });

  it('gives the date as ISO and in words, the footnotes, and the cited works as ids and full citations', () => {
    const col = (name: (typeof EVENT_CSV_COLUMNS)[number]) => EVENT_CSV_COLUMNS.indexOf(name);
    const row = rows.find((r) => r[0] === 'state-council-notice-1990')!;
    expect(row[col('start')]).toBe('1990-03-26');
    expect(row[col('end')]).toBe('');
    expect(row[col('approximate')]).toBe('false');
    expect(row[col('date')]).toBe('26 March 1990');
    expect(row[col('category')]).toBe('national-policy');
    expect(row[col('category_label')]).toBe('National policy');
    expect(row[col('footnotes')]).toBe('45');
    const fn45 = scs.footnotes.find((f) => f.n === 45)!;
    expect(row[col('works')]).toBe(fn45.refs.join('; '));
    const works = fn45.refs.map((id) => referenceText(scs.references.find((r) => r.id === id)!));
    expect(row[col('citations')]).toBe(works.join('\n'));
  });

  it('gives several footnotes separated by semicolons, and approximate ranges', () => {
    const col = (name: (typeof EVENT_CSV_COLUMNS)[number]) => EVENT_CSV_COLUMNS.indexOf(name);
    const several = scs.events.find((e) => e.footnotes.length > 1)!;
    expect(rows.find((r) => r[0] === several.id)![col('footnotes')]).toBe(several.footnotes.join('; '));
    const approximate = scs.events.find((e) => e.approximate && e.end)!;
    const row = rows.find((r) => r[0] === approximate.id)!;
    expect(row[col('approximate')]).toBe('true');
    expect(row[col('end')]).toBe(approximate.end);
    expect(row[col('date')]).toMatch(/^about /);
  });

  it('writes only a header for no events', () => {
    expect(eventsToCsv([], scs)).toBe(`${CSV_BOM}${EVENT_CSV_COLUMNS.join(',')}\r\n`);
  });
});
