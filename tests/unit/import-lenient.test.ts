import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_TITLE, importDataset, type ImportResult } from '../../src/data/import/lenient';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { subsetDataset } from '../../src/export/eventsJson';
import type { Dataset } from '../../src/data/schema';

function tiny() {
  return {
    source: { title: 'An article', authors: ['Doe, Jane'], year: 2022 },
    categories: [
      { id: 'policy', label: 'Policy', description: 'National documents.' },
      { id: 'local', label: 'Local', description: '' },
    ],
    events: [
      { id: 'a', title: 'First', start: '1990-03-26', category: 'policy', summary: 'S', footnotes: [1], section: '6' },
      { id: 'b', title: 'Second', start: '2009', end: '2011', category: 'local', summary: 'S', footnotes: [] },
    ] as unknown[],
    footnotes: [
      { n: 1, refs: ['doe-1990'], note: 'N' },
      { n: 2, refs: [], note: 'N' },
    ] as unknown[],
    references: [{ id: 'doe-1990', key: 'Doe 1990', authors: [{ family: 'Doe', given: 'Jane' }], year: 1990, title: 'T' }] as unknown[],
  };
}

const lines = (result: ImportResult) => result.problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
const ids = (result: ImportResult) => result.dataset?.events.map((e) => e.id);

describe('importDataset (our JSON, lenient)', () => {
  it('loads a valid dataset as it is, with no problems', () => {
    const data = tiny();
    const result = importDataset(data);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(data);
    expect(result.format).toBe('json');
    expect(result.summary.events).toEqual({ total: 2, loaded: 2, rejected: 0, created: 0 });
  });

  it('loads the project dataset without a single problem', () => {
    const json: unknown = JSON.parse(readFileSync('public/data/scs.json', 'utf8'));
    const result = importDataset(json);
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(json);
  });

  it('loads our own JSON export (a subset, with stub footnotes) without a problem', () => {
    const dataset = validateDataset(JSON.parse(readFileSync('public/data/scs.json', 'utf8'))).dataset as Dataset;
    const subset = subsetDataset(dataset, dataset.events.slice(10, 14));
    const result = importDataset(JSON.parse(JSON.stringify(subset)));
    expect(result.problems).toEqual([]);
    expect(result.summary.events.loaded).toBe(4);
  });

  it('keeps Chinese _zh fields, and rejects an event whose _zh field is empty like any invalid field', () => {
    const data = tiny();
    Object.assign(data.events[0] as object, { title_zh: '第一', summary_zh: '摘要' });
    Object.assign(data.events[1] as object, { title_zh: ' ' });
    const result = importDataset(data);
    expect(ids(result)).toEqual(['a']);
    expect(result.dataset?.events[0]).toMatchObject({ title_zh: '第一', summary_zh: '摘要' });
    expect(lines(result)).toEqual(['rejected: events[1].title_zh: is empty']);
  });

  it('keeps every valid event and rejects each invalid one whole, with its path and reason', () => {
    const data = tiny();
    data.events.push(
      { id: 'c', title: 'Bad date', start: '1990-13-01', category: 'policy', summary: '', footnotes: [] },
      { id: 'd', title: 'Feb 29', start: '2019-02-29', category: 'policy', summary: '', footnotes: [] },
      { id: 'e', title: 'Good', start: '2020-09', category: 'policy', summary: '', footnotes: [] },
      { id: 'f', title: '  ', start: '2020', category: 'nowhere', summary: '', footnotes: ['one'] },
      'not an event',
      { id: 'g', title: 'Backwards', start: '2000-05', end: '1999', category: 'policy', summary: '', footnotes: [] },
    );
    const result = importDataset(data);
    expect(ids(result)).toEqual(['a', 'b', 'e']);
    expect(lines(result)).toEqual([
      'rejected: events[2].start: "1990-13-01" is not a date',
      'rejected: events[3].start: "2019-02-29" is not a date',
      'rejected: events[5].title: is empty',
      'rejected: events[5].footnotes[0]: should be a number, not the text "one"',
      'rejected: events[6]: should be an object, not the text "not an event"',
      'rejected: events[7].end: "1999" is before the start "2000-05"',
    ]);
    expect(result.summary.events).toEqual({ total: 8, loaded: 3, rejected: 5, created: 0 });
  });

  it('never coerces: a rejected date is not replaced by today or by a year', () => {
    const data = tiny();
    data.events[0] = { ...(data.events[0] as object), start: '1990-03-32' };
    const result = importDataset(data);
    expect(ids(result)).toEqual(['b']);
    expect(result.dataset?.events[0]?.start).toBe('2009');
  });

  it('rejects an event in a category that does not exist, or that was not loaded', () => {
    const data = tiny();
    data.categories.push({ id: 'broken', label: '', description: '' });
    data.events.push({ id: 'c', title: 'C', start: '2000', category: 'x', summary: '', footnotes: [] });
    data.events.push({ id: 'd', title: 'D', start: '2000', category: 'broken', summary: '', footnotes: [] });
    const result = importDataset(data);
    expect(lines(result)).toEqual([
      'rejected: categories[2].label: is empty',
      'rejected: events[2].category: category "x" does not exist',
      'rejected: events[3].category: category "broken" was not loaded (see categories[2])',
    ]);
    expect(result.summary.categories).toEqual({ total: 3, loaded: 2, rejected: 1, created: 0 });
  });

  it('keeps an event that cites a missing footnote, with a warning naming it', () => {
    const data = tiny();
    data.events[1] = { ...(data.events[1] as object), footnotes: [2, 7] };
    const result = importDataset(data);
    expect(lines(result)).toEqual(['warning: events[1].footnotes[1]: footnote 7 does not exist']);
    expect(result.dataset?.events[1]?.footnotes).toEqual([2, 7]);
  });

  it('rejects the later of two records with the same id (or footnote number, or reference key)', () => {
    const data = tiny();
    data.events.push({ id: 'a', title: 'Again', start: '2001', category: 'policy', summary: '', footnotes: [] });
    data.footnotes.push({ n: 1, refs: [], note: 'again' });
    data.references.push({ id: 'other', key: 'Doe 1990', authors: [], year: null, title: 'T2' });
    const result = importDataset(data);
    expect(lines(result)).toEqual([
      'rejected: events[2].id: event id "a" is used twice (first at events[0]); only the first is loaded',
      'rejected: footnotes[2].n: footnote number 1 is used twice (first at footnotes[0]); only the first is loaded',
      'rejected: references[1].key: reference key "Doe 1990" is used twice (first at references[0]); only the first is loaded',
    ]);
    expect(result.dataset?.events.map((e) => e.title)).toEqual(['First', 'Second']);
  });

  it('a later duplicate still loads when the first one was rejected', () => {
    const data = tiny();
    data.events[0] = { ...(data.events[0] as object), start: 'soon' };
    data.events.push({ id: 'a', title: 'Second try', start: '1990', category: 'policy', summary: '', footnotes: [] });
    expect(ids(importDataset(data))).toEqual(['b', 'a']);
  });

  it('warns about footnotes citing missing references, and keeps them', () => {
    const data = tiny();
    data.references = [{ id: 'doe-1990', key: 'Doe 1990', authors: 'Doe', year: 1990, title: 'T' }];
    const result = importDataset(data);
    expect(lines(result)).toEqual([
      'warning: footnotes[0].refs[0]: reference "doe-1990" was not loaded (see references[0])',
      'rejected: references[0].authors: should be a list, not the text "Doe"',
    ]);
    expect(result.dataset?.footnotes).toHaveLength(2);
  });

  it('fills a missing source and missing categories, footnotes and references, and says so', () => {
    const result = importDataset({
      events: [
        { id: 'a', title: 'A', start: '1990', category: 'policy', summary: '', footnotes: [] },
        { id: 'b', title: 'B', start: '1991', category: 'local-pilots' },
      ],
    });
    expect(lines(result)).toEqual([
      'warning: events: one event has no "summary" and is given an empty one: events[1]',
      'warning: events: one event has no "footnotes" list and is given an empty one: events[1]',
      'warning: footnotes: is missing; the timeline has no footnotes',
      'warning: references: is missing; the timeline has no references',
      `warning: source: is missing; the title "${DEFAULT_SOURCE_TITLE}" is used`,
      'warning: categories: are missing; 2 categories were made from the events\' category ids, each labelled with its id: "policy", "local-pilots"',
    ]);
    expect(result.dataset?.source).toEqual({ title: 'Imported timeline' });
    expect(result.dataset?.categories).toEqual([
      { id: 'policy', label: 'policy', description: '' },
      { id: 'local-pilots', label: 'local-pilots', description: '' },
    ]);
    expect(result.summary.categories).toEqual({ total: 0, loaded: 0, rejected: 0, created: 2 });
    expect(result.dataset?.events[1]).toEqual({ id: 'b', title: 'B', start: '1991', category: 'local-pilots', summary: '', footnotes: [] });
  });

  it('replaces an invalid source by the default title, and reports both', () => {
    const data = { ...tiny(), source: { title: '', url: 'javascript:alert(1)' } };
    const result = importDataset(data);
    expect(lines(result)).toEqual([
      'rejected: source.title: is empty',
      'rejected: source.url: "javascript:alert(1)" is not an http(s) link',
      'warning: source: was not loaded; the title "Imported timeline" is used instead',
    ]);
    expect(result.dataset?.source).toEqual({ title: 'Imported timeline' });
  });

  it('reports lists that are not lists and leaves them out', () => {
    const result = importDataset({ ...tiny(), categories: { policy: 'Policy' }, eras: 'none', footnotes: 3 });
    expect(lines(result)).toEqual([
      'rejected: categories: should be a list, not an object; it is left out',
      'rejected: footnotes: should be a list, not the number 3; it is left out',
      'rejected: eras: should be a list, not the text "none"; it is left out',
      'warning: categories: were left out; 2 categories were made from the events\' category ids, each labelled with its id: "policy", "local"',
      'warning: events[0].footnotes[0]: footnote 1 does not exist',
    ]);
    expect(result.dataset?.eras).toEqual([]);
  });

  it('loads eras record by record', () => {
    const data = {
      ...tiny(),
      eras: [
        { id: 'x', label: 'X', start: '1990', end: '1995', footnotes: [9] },
        { id: 'y', label: 'Y', start: '1990', end: '1985' },
        { id: 'x', label: 'X again', start: '1990', end: '1995' },
      ],
    };
    const result = importDataset(data);
    expect(lines(result)).toEqual([
      'warning: eras[0].footnotes[0]: footnote 9 does not exist',
      'rejected: eras[1].end: "1985" is before the start "1990"',
      'rejected: eras[2].id: era id "x" is used twice (first at eras[0]); only the first is loaded',
    ]);
    expect(result.dataset?.eras?.map((e) => e.id)).toEqual(['x']);
    expect(result.summary.eras).toEqual({ total: 3, loaded: 1, rejected: 2, created: 0 });
  });

  it('loads tours record by record; a tour showing an event that is not loaded is rejected whole', () => {
    const data = {
      ...tiny(),
      tours: [
        { id: 'intro', title: 'Intro', steps: [{ event: 'a', caption: 'First' }, { event: 'b', caption: 'Then' }] },
        { id: 'gone', title: 'Gone', steps: [{ event: 'a', caption: '' }, { event: 'nowhere', caption: '' }] },
        { id: 'empty', title: 'Empty', steps: [] },
        { id: 'intro', title: 'Again', steps: [{ event: 'a', caption: '' }] },
        { id: 'bad-event', title: 'Rejected event', steps: [{ event: 'c', caption: '' }] },
      ],
    };
    data.events.push({ id: 'c', title: 'C', start: 'soon', category: 'policy', summary: '', footnotes: [] });
    const result = importDataset(data);
    expect(lines(result).filter((line) => line.includes('tours'))).toEqual([
      'rejected: tours[1].steps[1].event: event "nowhere" does not exist',
      'rejected: tours[2].steps: has no steps',
      'rejected: tours[3].id: tour id "intro" is used twice (first at tours[0]); only the first is loaded',
      'rejected: tours[4].steps[0].event: event "c" was not loaded (see events[2])',
    ]);
    expect(result.dataset?.tours?.map((t) => t.id)).toEqual(['intro']);
    expect(result.summary.tours).toEqual({ total: 5, loaded: 1, rejected: 4, created: 0 });
    expect(importDataset(tiny()).dataset).not.toHaveProperty('tours');
  });

  it('keeps extra fields, on records and on the document', () => {
    const data = { ...tiny(), license: 'CC-BY', events: [{ id: 'a', title: 'A', start: '1990', category: 'policy', summary: '', footnotes: [], tags: ['x'] }] };
    const result = importDataset(data);
    expect(result.dataset).toMatchObject({ license: 'CC-BY', events: [{ tags: ['x'] }] });
  });

  it('gives no dataset for a document that is not a timeline', () => {
    expect(lines(importDataset([1, 2]))).toEqual(['rejected: should be an object with a list of "events", not a list']);
    expect(lines(importDataset(null))).toEqual(['rejected: should be an object with a list of "events", not null']);
    expect(lines(importDataset({ title: 'x' }))).toEqual(['rejected: events: is missing: a timeline needs a list of events']);
    expect(lines(importDataset({ events: {} }))).toEqual(['rejected: events: should be a list of events, not an object']);
    expect(importDataset({ events: {} }).dataset).toBeNull();
  });

  it('gives no dataset when no event could be loaded, and says why', () => {
    const data = tiny();
    data.events = [{ id: 'a', title: 'A', start: 'x', category: 'policy', summary: '', footnotes: [] }];
    const result = importDataset(data);
    expect(result.dataset).toBeNull();
    expect(lines(result)).toEqual(['rejected: events: the only event could not be loaded', 'rejected: events[0].start: "x" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)']);
    expect(lines(importDataset({ ...tiny(), events: [] }))).toEqual(['rejected: events: there are no events']);
  });

  it('does not let "__proto__" keys reach any prototype', () => {
    const json: unknown = JSON.parse(
      '{"__proto__": {"polluted": 1}, "events": [{"id": "a", "title": "A", "start": "1990", "category": "c", "summary": "", "footnotes": [], "__proto__": {"polluted": 2}}]}',
    );
    const result = importDataset(json);
    expect(result.dataset?.events).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((result.dataset as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
