import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CategorySchema, DatasetSchema, EraSchema, FootnoteSchema, ReferenceSchema, SectionSchema, SourceSchema, TourSchema, TourStepSchema, type Dataset } from '../../src/data/schema';
import { isPlainValid, PLAIN_DATASET_FIELDS, PLAIN_FIELDS, plainDataset } from '../../src/data/plainDataset';
import { loadDataset } from '../../src/data/load';

const scsText = readFileSync('public/data/scs.json', 'utf8');
const scs = JSON.parse(scsText) as Dataset;

type Kind = keyof typeof PLAIN_FIELDS;
type AnySchema = v.GenericSchema & { entries: Record<string, unknown> };
const authorOptions = (ReferenceSchema.entries.authors as unknown as { item: { options: AnySchema[] } }).item.options;
const SCHEMAS: Record<Kind, AnySchema> = {
  source: SourceSchema,
  category: CategorySchema,
  era: EraSchema,
  footnote: FootnoteSchema,
  person: authorOptions[0]!,
  institution: authorOptions[1]!,
  reference: ReferenceSchema,
  tourStep: TourStepSchema,
  tour: TourSchema,
  section: SectionSchema,
};

/** Real records of each kind, to mutate. */
const SEEDS: Record<Kind, readonly unknown[]> = {
  source: [scs.source],
  category: scs.categories,
  era: scs.eras ?? [],
  footnote: scs.footnotes,
  person: scs.references.flatMap((r) => r.authors.filter((a) => 'family' in a)),
  institution: scs.references.flatMap((r) => r.authors.filter((a) => 'literal' in a)),
  reference: scs.references,
  tourStep: (scs.tours ?? []).flatMap((t) => t.steps),
  tour: scs.tours ?? [],
  section: scs.sections ?? [],
};

/** Values near the edges of each rule: wrong types, blank text, odd dates, ids, links, DOIs, numbers and lists. */
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, 1, -1, 1.5, 2022, Number.NaN, Infinity, '', ' ', 'x', 'a-1', '-a', 'A', '国', '5', '7.1', '7.', 'web', 'news', 'official', 'blog'),
  fc.constantFrom('1990', '1990-02', '1990-02-29', '1990-13', '2020-04-31', 'https://example.org/a', 'http://x', 'javascript:alert(1)', 'https://a b', '10.1515/asia-2021-0019', '10.12/x', 'doi:10.1/x'),
  fc.constantFrom([], [1], [0], ['a'], ['5', '7.1'], ['x'], [null], [{ family: 'Bloch' }], [{ literal: 'State Council' }], [{ given: 'M' }], [{ event: 'x', caption: '' }], {}, { a: 1 }),
  fc.string({ maxLength: 5 }),
);

function mutated(kind: Kind) {
  const keys = Object.keys(PLAIN_FIELDS[kind]);
  return fc
    .tuple(fc.constantFrom(...SEEDS[kind]), fc.array(fc.tuple(fc.constantFrom(...keys, 'extra'), anyValue), { maxLength: 3 }), fc.array(fc.constantFrom(...keys), { maxLength: 2 }))
    .map(([seed, changes, removed]) => {
      const copy: Record<string, unknown> = { ...(seed as object) };
      for (const [key, value] of changes) copy[key] = value;
      for (const key of removed) delete copy[key];
      return copy;
    });
}

describe('the quick check of a dataset', () => {
  it.each(Object.keys(PLAIN_FIELDS) as Kind[])('knows every key of the %s schema (a new key needs a check)', (kind) => {
    expect(Object.keys(PLAIN_FIELDS[kind]).sort()).toEqual(Object.keys(SCHEMAS[kind].entries).sort());
  });

  it('knows every key of the dataset schema', () => {
    expect(Object.keys(PLAIN_DATASET_FIELDS).sort()).toEqual(Object.keys(DatasetSchema.entries).sort());
  });

  it.each(Object.keys(PLAIN_FIELDS) as Kind[])('accepts no %s the schema rejects', (kind) => {
    expect(SEEDS[kind].length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.oneof(mutated(kind), anyValue), (value) => {
        if (isPlainValid[kind](value)) expect(v.safeParse(SCHEMAS[kind], value).issues).toBeUndefined();
      }),
      { numRuns: 1500 },
    );
  });

  it('takes the SCS data as it is: the same object, equal to what the schema gives', () => {
    const copy = structuredClone(scs);
    expect(plainDataset(copy)).toBe(copy);
    expect(copy).toEqual(v.parse(DatasetSchema, structuredClone(scs)));
  });

  it('says nothing (null) about a dataset the schema rejects', () => {
    const broken = structuredClone(scs) as unknown as { references: Record<string, unknown>[] };
    broken.references[7]!.doi = 'doi:10.1/x';
    expect(plainDataset(broken)).toBeNull();
    expect(plainDataset([scs])).toBeNull();
    expect(plainDataset(null)).toBeNull();
  });
});

describe('loadDataset', () => {
  const respond = (body: string) => vi.fn(async () => new Response(body, { status: 200 })) as unknown as typeof fetch;

  it('loads the SCS data by the quick check', async () => {
    const result = await loadDataset('data/scs.json', respond(scsText), 'en');
    expect(result.ok && result.dataset.events.length).toBe(scs.events.length);
  });

  it('names the span problems found after the quick check', async () => {
    const twice = structuredClone(scs);
    twice.events.push({ ...twice.events[0]! });
    const result = await loadDataset('data/scs.json', respond(JSON.stringify(twice)), 'en');
    expect(result).toEqual({
      ok: false,
      message: 'The timeline data has 1 problem(s) and is not shown:',
      problems: [{ path: `events[${scs.events.length}].id`, message: `event id ${JSON.stringify(scs.events[0]!.id)} is used twice (first at events[0].id)` }],
    });
  });

  it('fetches the schema to name what the quick check cannot, and the line and column of a JSON error', async () => {
    const bad = structuredClone(scs);
    bad.events[3]!.start = '1990-13-01';
    const invalid = await loadDataset('data/scs.json', respond(JSON.stringify(bad)), 'en');
    expect(invalid.ok === false && invalid.problems).toEqual([{ path: 'events[3].start', message: '"1990-13-01" is not a date' }]);
    const syntax = await loadDataset('data/scs.json', respond('{\n  "source": ,\n}'), 'en');
    expect(syntax.ok === false && syntax.problems[0]!.message).toMatch(/^not valid JSON: line 2, column 13/);
  });

  describe("with boot.js's answer for the built-in data", () => {
    const boot = globalThis as { __bootData?: unknown };
    afterEach(() => {
      delete boot.__bootData;
      vi.unstubAllGlobals();
    });

    it('takes the text boot.js read instead of fetching, once, and only for its address', async () => {
      const fetchSpy = vi.fn(async () => new Response(scsText, { status: 200 }));
      vi.stubGlobal('fetch', fetchSpy);
      boot.__bootData = { url: 'data/scs.json', answer: Promise.resolve({ status: 200, text: scsText }) };
      const other = await loadDataset('data/other.json', undefined, 'en');
      expect(other.ok).toBe(true);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      const first = await loadDataset('data/scs.json', undefined, 'en');
      expect(first.ok && first.dataset.events.length).toBe(scs.events.length);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect('__bootData' in boot).toBe(false);
      await loadDataset('data/scs.json', undefined, 'en');
      expect(fetchSpy).toHaveBeenCalledTimes(2);
    });

    it("names boot.js's failures as a fetch's: the server's status, or the network's reason", async () => {
      vi.stubGlobal('fetch', vi.fn());
      boot.__bootData = { url: 'data/scs.json', answer: Promise.resolve({ status: 404, text: null }) };
      expect(await loadDataset('data/scs.json', undefined, 'en')).toEqual({ ok: false, message: 'The server answered 404 for data/scs.json.', problems: [] });
      boot.__bootData = { url: 'data/scs.json', answer: Promise.resolve({ status: 0, text: null, error: 'Failed to fetch' }) };
      const offline = await loadDataset('data/scs.json', undefined, 'en');
      expect(offline.ok === false && offline.message).toMatch(/data\/scs\.json.*Failed to fetch/);
    });
  });
});
