import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset, detectSeparator, parseCsv } from '../../src/data/import/csv';
import type { ImportResult } from '../../src/data/import/lenient';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { eventsToCsv } from '../../src/export/eventsCsv';
import type { Dataset } from '../../src/data/schema';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);
const lines = (result: ImportResult) => result.problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
const rejections = (result: ImportResult) => lines(result).filter((line) => line.startsWith('rejected'));

describe('parseCsv (RFC 4180)', () => {
  it('reads plain, quoted and doubled-quote fields', () => {
    expect(fields('a,b,c\n1,"two, too","say ""hi"""\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, too', 'say "hi"'],
    ]);
  });

  it('keeps line breaks inside quotes (as "\\n") and counts physical lines', () => {
    const table = parseCsv('h1,h2\r\n"multi\r\nline",x\r\n"cr\ronly",y\n"lf\nonly",z');
    expect(table.records.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'h1', 'h2'],
      [2, 'multi\nline', 'x'],
      [4, 'cr\nonly', 'y'],
      [6, 'lf\nonly', 'z'],
    ]);
  });

  it('takes CRLF, LF and CR line ends, a BOM, and a trailing empty line', () => {
    expect(fields('\uFEFFa,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b,\n')).toEqual([['a', 'b', '']]);
  });

  it('detects the separator from the header, outside quotes', () => {
    expect(detectSeparator('title;start;"a,b,c"\nx,y,z')).toBe(';');
    expect(detectSeparator('title,start\n')).toBe(',');
    expect(detectSeparator('title\tstart\tend\n')).toBe('\t');
    expect(detectSeparator('\uFEFF\n\n"t;i;t;l;e",start,end\n')).toBe(',');
    expect(fields('title;start\n"A; B";1990')).toEqual([['title', 'start'], ['A; B', '1990']]);
  });

  it('is lenient where spreadsheets are sloppy, and says so where it matters', () => {
    expect(fields('a,b\n5" screen,x\n')).toEqual([['a', 'b'], ['5" screen', 'x']]);
    expect(fields('a, b\n1, "x, y"\n')).toEqual([['a', ' b'], ['1', 'x, y']]);
    const table = parseCsv('a,b\n"abc"def,x\n');
    expect(table.records[1]).toEqual({ line: 2, fields: ['abcdef', 'x'], textAfterQuote: true });
  });

  it('reports a quote that is never closed, with the line where it opens', () => {
    const table = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.records.at(-1)).toEqual({ line: 3, fields: ['3', 'open\n4,5\n'], unclosedQuoteLine: 3 });
  });
});

describe('csvToDataset', () => {
  const header = 'id,title,start,end,approximate,category,summary,footnotes,section,dateSource';

  it('loads the documented columns', () => {
    const result = csvToDataset(
      `${header}\nnotice-1990,State Council notice,1990-03-26,,no,national-policy,"A notice, on credit",45 46,6,bibliography\npilots,Pilots,2011,2012,TRUE,local-experiment,,"12;14",,\n`,
    );
    expect(rejections(result)).toEqual([]);
    expect(result.dataset?.events).toEqual([
      { id: 'notice-1990', title: 'State Council notice', start: '1990-03-26', approximate: false, category: 'national-policy', summary: 'A notice, on credit', footnotes: [45, 46], section: '6', dateSource: 'bibliography' },
      { id: 'pilots', title: 'Pilots', start: '2011', end: '2012', approximate: true, category: 'local-experiment', summary: '', footnotes: [12, 14] },
    ]);
    expect(result.dataset?.categories).toEqual([
      { id: 'national-policy', label: 'national-policy', description: '' },
      { id: 'local-experiment', label: 'local-experiment', description: '' },
    ]);
    expect(result.format).toBe('csv');
    expect(result.summary.events).toEqual({ total: 2, loaded: 2, rejected: 0, created: 0 });
    expect(result.summary.categories).toEqual({ total: 0, loaded: 0, rejected: 0, created: 2 });
  });

  it('reports every rejected row by the line where it starts', () => {
    const result = csvToDataset(
      [
        'Title;Start;Category;Approximate;Footnotes',
        'Good;1990;policy;;',
        '"Two',
        'lines";1990-13-01;policy;;',
        ';1991;policy;;',
        'Bad flag;1991;policy;maybe;',
        'Bad note;1992;policy;;4a',
        '',
        'Day;2019-02-29;policy;;',
        'Also good;2020-09;policy;yes;3',
      ].join('\r\n'),
    );
    expect(rejections(result)).toEqual([
      'rejected: line 3: start "1990-13-01" is not a date',
      'rejected: line 5: title is missing',
      'rejected: line 6: approximate "maybe" should be true or false (or yes/no, 1/0)',
      'rejected: line 7: footnotes "4a": "4a" is not a footnote number (whole numbers from 1, separated by ";", "," or spaces)',
      'rejected: line 9: start "2019-02-29" is not a date',
    ]);
    expect(result.dataset?.events.map((e) => e.title)).toEqual(['Good', 'Also good']);
    expect(result.summary.events).toEqual({ total: 7, loaded: 2, rejected: 5, created: 0 });
  });

  it('rejects a row whose quote is never closed, naming both lines', () => {
    const result = csvToDataset('title,start\nA,1990\n"B\n,1991\nC,1992\n');
    expect(rejections(result)).toEqual(['rejected: line 3: a quote is never closed, so the rest of the file is inside one cell']);
    expect(result.summary.events).toEqual({ total: 2, loaded: 1, rejected: 1, created: 0 });
    const later = csvToDataset('title,start,summary,section\nA,1990,"x\n"\nB,1991,"two\nlines","open\nC,1992\n');
    expect(rejections(later)).toEqual(['rejected: line 4: a quote is never closed (it opens on line 5), so the rest of the file is inside one cell']);
  });

  it('makes ids from title and start when missing, and says so', () => {
    const withColumn = csvToDataset('id,title,start\n,Zhima Credit,2015\nzhima-credit-2015,Taken,2016\n,Zhima Credit,2015-01\n,中文,2016\n');
    expect(withColumn.dataset?.events.map((e) => e.id)).toEqual(['zhima-credit-2015-2', 'zhima-credit-2015', 'zhima-credit-2015-01', 'event-2016']);
    expect(lines(withColumn)).toContain('warning: 3 rows have no id, so ids were made from the title and start (lines 2, 4, 5)');
    const without = csvToDataset('title,start\nA,1990\n');
    expect(lines(without)).toContain('warning: line 1: there is no "id" column: each event\'s id is made from its title and start date');
    expect(without.dataset?.events[0]?.id).toBe('a-1990');
  });

  it('rejects ids that are not ids, and later duplicates', () => {
    const result = csvToDataset('id,title,start\nEvent 1,A,1990\nx,B,1991\nx,C,1992\n');
    expect(rejections(result)).toEqual([
      'rejected: line 2: id "Event 1" is not an id (lowercase letters, digits and "-")',
      'rejected: line 4: event id "x" is used twice (first at line 3); only the first is loaded',
    ]);
  });

  it('puts events without a category in "uncategorised", and turns category names into ids', () => {
    const result = csvToDataset('title,start,category\nA,1990,\nB,1991,National policy\nC,1992,national-policy\nD,1993,国家\n');
    expect(result.dataset?.events.map((e) => e.category)).toEqual(['uncategorised', 'national-policy', 'national-policy', 'category-1']);
    expect(result.dataset?.categories).toEqual([
      { id: 'uncategorised', label: 'Uncategorised', description: '' },
      { id: 'national-policy', label: 'National policy', description: '' },
      { id: 'category-1', label: '国家', description: '' },
    ]);
    expect(lines(result)).toEqual([
      'warning: line 1: there is no "id" column: each event\'s id is made from its title and start date',
      'warning: line 1: category names are not ids (lowercase letters, digits and "-"), so ids were made from them, with the name as label: "National policy" → "national-policy", "国家" → "category-1"',
      'warning: one row has no category and is in "uncategorised" (line 2)',
      'warning: a CSV file has no title; "Imported timeline" is used',
    ]);
    expect(lines(csvToDataset('title,start\nA,1990\n'))).toContain('warning: line 1: there is no "category" column: every event is in the category "uncategorised"');
  });

  it('keeps unknown columns as text, and ignores cells beyond the header', () => {
    const result = csvToDataset('title,start,Works,,notes\nA,1990,"doe-1990; lin-2019",,n\nB,1991,,x,,extra\n');
    expect(result.dataset?.events.map((e) => [e.Works, e.notes])).toEqual([
      ['doe-1990; lin-2019', 'n'],
      ['', ''],
    ]);
    expect(lines(result)).toContain('warning: line 1: column 4 has no usable name; its cells are ignored');
    expect(lines(result)).toContain('warning: one row has cells beyond the last column, which are ignored (line 3)');
  });

  it('carries the Chinese title_zh and summary_zh columns over, trimmed; an empty cell means none', () => {
    const result = csvToDataset('title,start,title_zh,Summary ZH,summary\nA,1990, 健康码 ,码的说明,S\nB,1991,,,T\n');
    expect(result.dataset?.events.map((e) => [e.title_zh, e.summary_zh])).toEqual([
      ['健康码', '码的说明'],
      [undefined, undefined],
    ]);
    expect(result.dataset?.events[1]).not.toHaveProperty('title_zh');
    expect(rejections(result)).toEqual([]);
    expect(validateDataset(result.dataset).problems).toEqual([]);
  });

  it('reads repeated columns once, and says where text followed a closing quote', () => {
    const result = csvToDataset('title,start,Title,notes,notes\n"A"x,1990,B,n1,n2\n');
    expect(result.dataset?.events[0]).toMatchObject({ title: 'Ax', notes: 'n1' });
    expect(lines(result)).toContain('warning: line 1: column 1 ("title") is repeated (column 3); only the first is read');
    expect(lines(result)).toContain('warning: line 1: column 4 ("notes") is repeated (column 5); only the first is read');
    expect(lines(result)).toContain('warning: text after a closing quote is kept as part of the cell (line 2)');
  });

  it('stays fast on many rows with the same title and date (ids made without rescanning)', () => {
    const started = performance.now();
    const result = csvToDataset(`title,start\n${'Same,1990\n'.repeat(20_000)}`);
    expect(result.summary.events.loaded).toBe(20_000);
    expect(result.dataset?.events.at(-1)?.id).toBe('same-1990-20000');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('uses the title it is given', () => {
    expect(csvToDataset('title,start\nA,1990\n', { title: 'My events' }).dataset?.source).toEqual({ title: 'My events' });
  });

  it('gives no dataset for an empty file or a header without title and start', () => {
    expect(lines(csvToDataset(''))).toEqual(['rejected: the file is empty']);
    expect(lines(csvToDataset('\uFEFF\r\n\r\n'))).toEqual(['rejected: the file is empty']);
    expect(lines(csvToDataset('name,date\nA,1990\n'))).toEqual([
      'rejected: line 1: the header (the first line) needs columns named "title" and "start", but it has "name", "date". Expected columns: id,title,start,end,approximate,category,summary,footnotes,section,dateSource',
    ]);
    expect(csvToDataset('title,start\n').problems.map(formatProblem)).toContain('there are no rows under the header');
  });

  it('reads this project\'s own CSV export back: every event, with its id, dates, category label and footnotes', () => {
    const dataset = validateDataset(JSON.parse(readFileSync('public/data/scs.json', 'utf8'))).dataset as Dataset;
    const csv = eventsToCsv(dataset.events, dataset);
    const result = csvToDataset(csv);
    expect(rejections(result)).toEqual([]);
    expect(result.summary.events.loaded).toBe(dataset.events.length);
    const byId = new Map(result.dataset?.events.map((e) => [e.id, e]));
    for (const event of dataset.events) {
      const back = byId.get(event.id);
      expect(back).toMatchObject({
        title: event.title,
        start: event.start,
        category: event.category,
        summary: event.summary,
        footnotes: event.footnotes,
        ...(event.end ? { end: event.end } : {}),
        ...(event.section ? { section: event.section } : {}),
        ...(event.dateSource ? { dateSource: event.dateSource } : {}),
      });
      expect(back?.approximate ?? false).toBe(event.approximate ?? false);
    }
    expect(result.dataset?.categories.map((c) => [c.id, c.label]).sort()).toEqual(
      dataset.categories.filter((c) => dataset.events.some((e) => e.category === c.id)).map((c) => [c.id, c.label]).sort(),
    );
  });

  it('removes the apostrophe that guards formulas in exported cells', () => {
    const result = csvToDataset("title,start,summary\n'=Not a formula,1990,'-minus\n");
    expect(result.dataset?.events[0]).toMatchObject({ title: '=Not a formula', summary: '-minus' });
  });
});
