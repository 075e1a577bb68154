import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { DatasetSchema, EventSchema, type Dataset } from '../../src/data/schema';
import { isPlainValidEvent, PLAIN_EVENT_KEYS } from '../../src/data/plainEvent';
import { validateDataset } from '../../src/data/validate';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

/** Values near the edges of each rule: right and wrong types, blank text, odd dates and footnote numbers. */
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, 1, -1, 1.5, 45, Number.NaN, Infinity, '', ' ', '\t', 'x', 'a-1', '-a', 'A', 'b c', '国'),
  fc.constantFrom('1990', '1990-02', '1990-02-29', '1992-02-29', '0000', '1990-13', '1990-1-1', '19900', '2020-04-31', ' 1990'),
  fc.constantFrom([], [1], [0], [1, 2.5], ['1'], [1, -3], [null], {}, { a: 1 }),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 3 }),
);

const validEvent = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/),
    title: fc.stringMatching(/^\S.{0,10}$/),
    title_zh: fc.stringMatching(/^.{0,3}\S$/),
    start: fc.constantFrom('1984', '1990-03', '1990-03-26', '2000-02-29'),
    end: fc.constantFrom('1991', '1999-12', '2000-01-31'),
    approximate: fc.boolean(),
    category: fc.stringMatching(/^[a-z][a-z-]{0,6}$/),
    summary: fc.string({ maxLength: 8 }),
    summary_zh: fc.stringMatching(/^\S{1,3}$/),
    footnotes: fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 3 }),
    section: fc.string({ maxLength: 4 }),
    dateSource: fc.string({ maxLength: 4 }),
    dateSource_zh: fc.stringMatching(/^\S{1,3}$/),
  },
  { requiredKeys: ['id', 'title', 'start', 'category', 'summary', 'footnotes'] },
);

/** A valid event with some of its keys given other values (or removed), and maybe an extra key. */
const mutatedEvent = fc
  .tuple(validEvent, fc.array(fc.tuple(fc.constantFrom(...PLAIN_EVENT_KEYS, 'extra'), anyValue), { maxLength: 4 }), fc.array(fc.constantFrom(...PLAIN_EVENT_KEYS), { maxLength: 2 }))
  .map(([event, changes, removed]) => {
    const copy: Record<string, unknown> = { ...event };
    for (const [key, value] of changes) copy[key] = value;
    for (const key of removed) delete copy[key];
    return copy;
  });

describe('isPlainValidEvent', () => {
  it('knows every key of the event schema (a new key needs a check here)', () => {
    expect([...PLAIN_EVENT_KEYS].sort()).toEqual(Object.keys(EventSchema.entries).sort());
  });

  it('accepts no event the schema rejects', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedEvent, anyValue), (value) => {
        if (isPlainValidEvent(value)) expect(v.safeParse(EventSchema, value).issues).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts the valid events, so big datasets take the quick way', () => {
    fc.assert(
      fc.property(validEvent, (event) => {
        expect(isPlainValidEvent(event)).toBe(true);
      }),
    );
    expect(scs.events.every(isPlainValidEvent)).toBe(true);
  });
});

describe('validateDataset with the quick check', () => {
  it('returns the same dataset as the schema alone, keeping the events as they are', () => {
    const copy = structuredClone(scs);
    const { dataset, problems } = validateDataset(copy);
    expect(problems).toEqual([]);
    expect(dataset).toEqual(v.parse(DatasetSchema, structuredClone(scs)));
    expect(dataset!.events).toBe(copy.events);
  });

  it('still names every problem when one event fails the quick check', () => {
    const copy = structuredClone(scs);
    (copy.events[3] as Record<string, unknown>).start = '1990-13-01';
    (copy.events[7] as Record<string, unknown>).footnotes = [0];
    const { dataset, problems } = validateDataset(copy);
    expect(dataset).toBeNull();
    expect(problems.map((p) => p.path)).toEqual(['events[3].start', 'events[7].footnotes[0]']);
  });

  it('reports a problem outside the events when every event is fine', () => {
    const copy = structuredClone(scs) as unknown as Record<string, unknown>;
    copy.categories = 'none';
    const { dataset, problems } = validateDataset(copy);
    expect(dataset).toBeNull();
    expect(problems.map((p) => p.path)).toContain('categories');
  });
});
