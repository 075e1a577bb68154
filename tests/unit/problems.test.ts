import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLangPack } from '../../src/i18n/packs';
import { localizeProblem, validateDataset, type Problem } from '../../src/data/validate';
import { checkDatasetText } from '../../src/data/checkText';
import { parseImport } from '../../src/data/import/detect';
import { translateProblem } from '../../src/i18n/problems';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

/** Latin words left in a Chinese line once the data in it (quoted values, paths, field and format names) is set aside. */
function englishLeft(line: string): string[] {
  const data = line
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/\b[\w$]+(?:\[\d+\]|\.[\w$]+|\["[^"]*"\])+/g, ' ') // JSON paths: events[3].start
    .replace(/\{[^}]*\}/g, ' ') // shapes: {family, given}
    .replace(/^[^：]*：/, ' ') // the path
    .replace(/[\w,]+,[\w,]+/g, ' '); // the CSV header: id,title,start,…
  const allowed = /^(?:JSON|CSV|DOI|id|key|null|true|false|yes|no|http|https|YYYY|MM|DD|summary|footnotes|approximate|unique_id|group|headline|events|title|start|end|category|label|text|year|month|day|TimelineJS|BCE|source|references|categories|eras|tours|unique_id|section|dateSource)$/;
  return (data.match(/[\p{Script=Latin}_]{3,}/gu) ?? []).filter((word) => !allowed.test(word));
}

function chineseLines(problems: readonly Problem[]) {
  return problems.map((problem) => ({ english: problem.message, ...localizeProblem(problem, 'zh') }));
}

const clone = () => structuredClone(scs) as Dataset & Record<string, unknown>;

/** Broken inputs that between them produce every kind of sentence the validator and the importers write. */
function corpus(): Problem[] {
  const problems: Problem[] = [];
  const add = (list: readonly Problem[]) => problems.push(...list);

  const a = clone();
  a.events[0]!.start = '1990-13-01';
  a.events[1]!.start = '26/03/1990';
  a.events[2]!.id = 'Bad Id';
  a.events[3]!.category = 'nowhere';
  a.events[4]!.end = '1900';
  a.events[5]!.footnotes = [999];
  a.events[6]!.title = ' ';
  (a.events[7] as Record<string, unknown>).summary = 42;
  (a.events[8] as Record<string, unknown>).approximate = 'yes';
  (a.events[9] as Record<string, unknown>).footnotes = [0];
  a.events[10]!.id = a.events[11]!.id;
  a.references[0]!.url = 'javascript:alert(1)';
  a.references[1]!.doi = 'not-a-doi';
  (a.references[2] as Record<string, unknown>).kind = 'blog';
  (a.references[3] as Record<string, unknown>).authors = [{ nickname: 'x' }];
  a.footnotes[0]!.refs = ['missing-ref'];
  a.footnotes[1]!.n = a.footnotes[2]!.n;
  if (a.tours?.[0]) a.tours[0].steps = [];
  if (a.tours?.[1]) a.tours[1].steps[0]!.event = 'missing-event';
  (a as Record<string, unknown>).sections = [{ id: 's', title: 'S', numbers: ['x'] }, { id: 't', title: 'T', numbers: [] }];
  delete (a.categories[0] as Record<string, unknown>).label;
  add(validateDataset(a).problems);
  add(validateDataset(clone().events).problems);
  add(validateDataset(null).problems);
  const b = clone();
  b.events[4]!.end = '1900';
  b.events[5]!.footnotes = [999];
  b.events[6]!.id = b.events[7]!.id;
  b.footnotes[0]!.refs = ['missing-ref'];
  (b as Record<string, unknown>).sections = [
    { id: 's', title: 'S', numbers: ['1'] },
    { id: 's', title: 'T', numbers: ['1'] },
  ];
  add(validateDataset(b).problems);

  for (const text of ['{\n  "events": [1,]\n}', 'events: none', '{"a": [1, 2}', '{"a": "line\nbreak"}', '{"a" 1}', '{"a": "\\q"}', '{"a": "\\u12"}', '{a: 1}', '[1] 2', '{"a": "x', '[', '', '   ']) {
    add(checkDatasetText(text).problems);
    add(parseImport(text, 'data.json').problems);
  }

  // Our JSON, leniently: records rejected one by one, defaults said once.
  const c = clone();
  c.events[0]!.start = 'soon';
  c.events[1]!.category = 'nowhere';
  c.events[2]!.end = '1900';
  c.events[3]!.id = c.events[4]!.id;
  delete (c.events[5] as Record<string, unknown>).summary;
  delete (c.events[6] as Record<string, unknown>).footnotes;
  c.events[7]!.footnotes = [999];
  c.footnotes[0]!.refs = ['missing-ref'];
  c.categories[1]!.id = c.categories[0]!.id;
  c.references[1]!.key = c.references[0]!.key;
  c.references[2]!.id = c.references[0]!.id;
  c.footnotes[3]!.n = c.footnotes[4]!.n;
  (c as Record<string, unknown>).eras = 'none';
  if (c.tours?.[0]) c.tours[0].steps[0]!.event = c.events[3]!.id;
  if (c.tours?.[1] && c.tours[2]) c.tours[2].id = c.tours[1].id;
  delete (c as Record<string, unknown>).source;
  add(parseImport(JSON.stringify(c), 'c.json').problems);
  const d = clone();
  delete (d as Record<string, unknown>).categories;
  delete (d as Record<string, unknown>).footnotes;
  delete (d as Record<string, unknown>).references;
  (d as Record<string, unknown>).source = 'nope';
  add(parseImport(JSON.stringify(d), 'd.json').problems);
  const e = clone();
  (e as Record<string, unknown>).categories = 'x';
  add(parseImport(JSON.stringify(e), 'e.json').problems);
  add(parseImport(JSON.stringify({ events: [] }), 'x.json').problems);
  add(parseImport(JSON.stringify({ events: [{ title: 'x' }] }), 'x.json').problems);
  add(parseImport(JSON.stringify({ events: [{ title: 'x' }, { title: 'y' }] }), 'x.json').problems);
  add(parseImport(JSON.stringify({ events: 'x' }), 'x.json').problems);
  add(parseImport(JSON.stringify({ source: {} }), 'x.json').problems);

  // CSV
  for (const text of [
    'title,start,approximate,footnotes,category\nA,1990,maybe,"4; x",Policy\nB,1990-13-01,no,,\nC,2001,,,\n,2002,,,\n"D,2003',
    'title;start;start;;x y\nA;1990\nB;1991;1;2;3;4;5;6',
    'name,date\nA,1990',
    'title start\nA 1990',
    '"title,start\nA,1990',
    'title,start\n',
    'title,start\nA,\n',
    'title,start\n,,\n,,\n',
    'id,title,start,footnotes\nbad id,A,1990,3\n"x"y,B,1991,',
    'title,start,end\nA,2000,1990',
  ]) {
    add(parseImport(text, 'data.csv').problems);
  }

  // TimelineJS
  add(
    parseImport(
      JSON.stringify({
        events: [
          { start_date: { year: 1990, month: 13 }, text: { headline: 'A' } },
          { start_date: { year: 0 }, text: { headline: 'B' }, group: 'My Group' },
          { start_date: { year: 1990, day: 3 }, text: { headline: 'C' } },
          { start_date: { year: 1990, month: 2, day: 30 }, text: { headline: 'D' } },
          { start_date: { year: 'x', month: 'y', day: 'z' }, text: { headline: 'E' } },
          { start_date: { year: 1991, hour: 3 }, text: { headline: 'F' }, media: { url: 'x' }, unique_id: 'Not An Id' },
          { start_date: 'today', text: 'x', group: 3, unique_id: 4 },
          'slide',
          { start_date: { year: 1992 }, text: { headline: 'G' } },
        ],
        eras: [{ start_date: { year: 1990 }, end_date: { year: 1991 }, text: 3 }, 'era'],
      }),
      'tl.json',
    ).problems,
  );
  add(parseImport(JSON.stringify({ events: [{ start_date: { year: 1990 }, text: { headline: 'A' } }], eras: 'x', title: { text: {} } }), 'tl.json').problems);
  return problems;
}

describe('problems in Chinese', () => {
  const problems = corpus();
  beforeAll(() => loadLangPack('zh'));

  it('covers many kinds of sentence (the corpus is not empty)', () => {
    expect(new Set(problems.map((p) => p.message.replace(/"[^"]*"|\d+/g, '…'))).size).toBeGreaterThan(60);
  });

  it('translates every sentence the validator and the importers write, keeping the data in it', () => {
    const untranslated = chineseLines(problems).filter((line) => line.lang !== 'zh');
    expect(untranslated.map((line) => line.english)).toEqual([]);
    const leftovers = chineseLines(problems).flatMap((line) => englishLeft(line.text).map((word) => `${word} in: ${line.text}`));
    expect(leftovers).toEqual([]);
  });

  it('keeps the English of every problem unchanged, and says paths the Chinese way', () => {
    expect(localizeProblem({ path: 'events[1].start', message: '"1990-13-01" is not a date' }, 'en').text).toBe('events[1].start: "1990-13-01" is not a date');
    expect(localizeProblem({ path: 'events[1].start', message: '"1990-13-01" is not a date' }, 'zh').text).toBe('events[1].start："1990-13-01" 不是有效的日期');
    expect(localizeProblem({ path: 'line 5', message: 'start "1990-13-01" is not a date' }, 'zh').text).toBe('第 5 行：start "1990-13-01" 不是有效的日期');
    expect(translateProblem('not valid JSON: line 2, column 16: unexpected "]"')).toBe('不是有效的 JSON：第 2 行第 16 列：意外的 "]"');
  });

  it('shows a sentence it does not know in English, marked as English', () => {
    expect(localizeProblem({ path: '', message: 'something new went wrong' }, 'zh')).toEqual({ text: 'something new went wrong', lang: 'en' });
  });

  it('translates whatever random text makes the importers say', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom('x.json', 'x.csv', 'x.txt'), (text, name) => {
        const lines = chineseLines(parseImport(text, name).problems);
        expect(lines.filter((line) => line.lang !== 'zh').map((line) => line.english)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
