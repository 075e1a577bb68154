import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsToJson, subsetDataset } from '../../src/export/eventsJson';
import { citedBy, citedFootnoteNumbers, referencesOfEvent } from '../../src/export/cited';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const byCategory = (id: string) => scs.events.filter((e) => e.category === id);

describe('cited', () => {
  it('lists the footnote numbers cited, once each, ascending', () => {
    expect(citedFootnoteNumbers([{ footnotes: [45, 3] }, { footnotes: [3, 1] }, { footnotes: [] }])).toEqual([1, 3, 45]);
  });

  it('gives the works of the cited footnotes in bibliography order, once each', () => {
    const { footnotes, references } = citedBy(scs, scs.events);
    expect(footnotes.map((f) => f.n)).toEqual(citedFootnoteNumbers(scs.events));
    const ids = new Set(footnotes.flatMap((f) => f.refs));
    expect(references.map((r) => r.id)).toEqual(scs.references.filter((r) => ids.has(r.id)).map((r) => r.id));
  });

  it('gives an event’s works through its footnotes', () => {
    const notice = scs.events.find((e) => e.id === 'state-council-notice-1990')!;
    expect(referencesOfEvent(scs, notice).map((r) => r.id)).toEqual(scs.footnotes.find((f) => f.n === 45)!.refs);
  });
});

describe('subsetDataset', () => {
  const cases: [string, Dataset['events']][] = [
    ['all events', scs.events],
    ['one category', byCategory('controversy')],
    ['one event', scs.events.filter((e) => e.id === 'state-council-notice-1990')],
    ['an event without footnotes', scs.events.filter((e) => e.footnotes.length === 0).slice(0, 1)],
    ['no events', []],
  ];

  it.each(cases)('is a valid dataset for %s', (_name, events) => {
    const subset = subsetDataset(scs, events);
    const { problems } = validateDataset(JSON.parse(JSON.stringify(subset)));
    expect(problems).toEqual([]);
    expect(subset.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(subset.source).toEqual(scs.source);
    expect(subset.categories).toEqual(scs.categories);
    expect(subset.eras).toEqual(scs.eras);
  });

  it.each(cases)('holds only the footnotes the events and eras cite, and only their works, for %s', (_name, events) => {
    const subset = subsetDataset(scs, events);
    const numbers = citedFootnoteNumbers([...events, ...(scs.eras ?? []).map((era) => ({ footnotes: era.footnotes ?? [] }))]);
    const kept = subset.footnotes;
    expect(kept.map((f) => f.n)).toEqual(numbers);
    for (const footnote of kept) expect(footnote).toEqual(scs.footnotes.find((f) => f.n === footnote.n));
    const refs = new Set(kept.flatMap((f) => f.refs));
    expect(subset.references.map((r) => r.id)).toEqual(scs.references.filter((r) => refs.has(r.id)).map((r) => r.id));
  });

  it('exports fewer works for a filtered set than the whole bibliography', () => {
    expect(subsetDataset(scs, byCategory('controversy')).references.length).toBeLessThan(scs.references.length);
  });

  it('serialises as pretty JSON that parses back to the same dataset', () => {
    const events = byCategory('local-experiment');
    const text = eventsToJson(events, scs);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(subsetDataset(scs, events))));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['source', 'categories', 'events', 'eras', 'footnotes', 'references']);
  });
});
