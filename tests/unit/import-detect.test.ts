import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonFormatOf, parseImport } from '../../src/data/import/detect';
import { formatProblem } from '../../src/data/validate';

const messages = (text: string, name?: string) => parseImport(text, name).problems.map(formatProblem);

describe('parseImport', () => {
  it('reads our JSON', () => {
    const text = readFileSync('public/data/scs.json', 'utf8');
    const result = parseImport(text, 'scs.json');
    expect(result.format).toBe('json');
    expect(result.problems).toEqual([]);
    expect(result.summary.events.loaded).toBe(46);
  });

  it('reads TimelineJS JSON, found by events[].start_date', () => {
    const result = parseImport('\uFEFF{"events": [{"start_date": {"year": 1990}, "text": {"headline": "A"}}]}');
    expect(result.format).toBe('timelinejs');
    expect(result.dataset?.events[0]).toMatchObject({ title: 'A', start: '1990' });
  });

  it('reads CSV, taking the title from the file name', () => {
    const result = parseImport('title,start\nA,1990\n', 'https://example.org/data/My%20events.csv?raw=1');
    expect(result.format).toBe('csv');
    expect(result.dataset?.source.title).toBe('My events');
  });

  it('reports a JSON syntax error with its line and column', () => {
    expect(messages('{\n  "events": [1,]\n}')).toEqual(['not valid JSON: line 2, column 16: unexpected "]"']);
    expect(messages('events: none', 'data.json')).toEqual(['not valid JSON: line 1, column 1: unexpected "e"']);
  });

  it('reads a CSV file whose first cell starts with "[" as CSV when its name says so', () => {
    const result = parseImport('[title],title,start\nx,A,1990\n', 'list.csv');
    expect(result.format).toBe('csv');
    expect(result.summary.events.loaded).toBe(1);
  });

  it('says an empty file is empty', () => {
    expect(messages('')).toEqual(['the file is empty']);
    expect(messages('\uFEFF  \n')).toEqual(['the file is empty']);
  });

  it('tells the JSON formats apart', () => {
    expect(jsonFormatOf({ events: [1, { start: '1990' }] })).toBe('json');
    expect(jsonFormatOf({ events: [null, { start_date: { year: 1 } }] })).toBe('timelinejs');
    expect(jsonFormatOf({ title: { text: { headline: 'x' } }, events: [] })).toBe('timelinejs');
    expect(jsonFormatOf({ events: [] })).toBe('json');
    expect(jsonFormatOf([])).toBe('json');
  });
});
