import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaleTime } from '../../src/timeline/timeScale';
import type { Dataset, Reference } from '../../src/data/schema';
import { parseDate } from '../../src/data/dates';
import { citationsOf, footnotesCiting, publicationDate, publicationsPerYear, worksBehind, worksOf } from '../../src/literature/works';
import { layoutWorks } from '../../src/literature/laneLayout';
import { ReferenceKinds } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

const ref = (id: string, extra: Partial<Reference> = {}): Reference =>
  ({ id, key: id, authors: [{ literal: 'X' }], year: 2018, title: `Title ${id}`, ...extra }) as Reference;

const tiny = (references: Reference[], footnotes: Dataset['footnotes'] = [], events: Dataset['events'] = []): Dataset =>
  ({ source: { title: 't' }, categories: [{ id: 'c', label: 'C', description: '' }], events, footnotes, references }) as Dataset;

describe('the SCS bibliography as data', () => {
  it('gives every reference a kind and a publication date that parses at the precision it states', () => {
    for (const reference of scs.references) {
      expect(ReferenceKinds, reference.id).toContain(reference.kind);
      const date = publicationDate(reference);
      if (reference.date) {
        expect(parseDate(reference.date), reference.id).not.toBeNull();
        // A day or month, never more than the bibliography says: the year agrees.
        expect(date?.year, reference.id).toBe(reference.year);
      }
      if (reference.year === null) expect(date, reference.id).toBeNull();
    }
  });

  it('places every dated work and lists the undated ones, dropping none', () => {
    const works = worksOf(scs);
    expect(works.dated.length + works.undated.length).toBe(scs.references.length);
    expect(new Set([...works.dated.map((w) => w.reference.id), ...works.undated.map((r) => r.id)]).size).toBe(scs.references.length);
    expect(works.undated.every((r) => r.year === null && !r.date)).toBe(true);
    // Date order.
    for (let i = 1; i < works.dated.length; i++) expect(works.dated[i]!.from).toBeGreaterThanOrEqual(works.dated[i - 1]!.from);
  });
});

describe('publicationDate', () => {
  it('prefers the day or month a news item gives, else the year, else none', () => {
    expect(publicationDate(ref('a', { date: '2019-05-01' }))).toMatchObject({ precision: 'day', year: 2019, month: 5, day: 1 });
    expect(publicationDate(ref('b', { date: '2019-09' }))).toMatchObject({ precision: 'month' });
    expect(publicationDate(ref('c', { year: 1995 }))).toMatchObject({ precision: 'year', iso: '1995' });
    expect(publicationDate(ref('d', { year: null }))).toBeNull();
  });
});

describe('publicationsPerYear', () => {
  it('matches the SCS data: per year and kind, the counts of dated works, empty years included', () => {
    const works = worksOf(scs);
    const years = publicationsPerYear(works);
    expect(years.reduce((sum, y) => sum + y.total, 0)).toBe(works.dated.length);
    for (const bin of years) {
      for (const kind of ReferenceKinds) {
        const expected = scs.references.filter((r) => r.kind === kind && publicationDate(r)?.year === bin.year).length;
        expect(bin.counts[kind], `${bin.year} ${kind}`).toBe(expected);
      }
    }
    // Consecutive years from the first to the last dated work.
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: years.length }, (_, i) => years[0]!.year + i));
  });

  it('shows the surge of Western media coverage after 2016', () => {
    const years = publicationsPerYear(worksOf(scs));
    const western = (test: (year: number) => boolean) => years.filter((y) => test(y.year)).reduce((sum, y) => sum + y.counts['western-media'], 0);
    expect(western((y) => y <= 2016)).toBeLessThan(western((y) => y > 2016));
  });

  it('counts works without a kind in their own row', () => {
    const years = publicationsPerYear(worksOf(tiny([ref('a'), ref('b', { kind: 'official' })])));
    expect(years).toEqual([{ year: 2018, total: 2, counts: { official: 1, 'chinese-media': 0, 'western-media': 0, scholarship: 0, unknown: 1 } }]);
  });
});

describe('citationsOf and worksBehind', () => {
  const data = tiny(
    [ref('a'), ref('b'), ref('c')],
    [
      { n: 3, refs: ['a', 'b'], note: '' },
      { n: 1, refs: ['a'], note: '' },
      { n: 7, refs: ['c'], note: '' },
    ],
    [
      { id: 'e1', title: 'E1', start: '2018', category: 'c', summary: '', footnotes: [3] },
      { id: 'e2', title: 'E2', start: '2019', category: 'c', summary: '', footnotes: [7, 1] },
      { id: 'e3', title: 'E3', start: '2020', category: 'c', summary: '', footnotes: [] },
    ] as Dataset['events'],
  );

  it('lists exactly the footnotes citing a work, by number, and the events they support', () => {
    const { footnotes, events } = citationsOf(data, 'a');
    expect(footnotes.map((f) => f.n)).toEqual([1, 3]);
    expect(events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(citationsOf(data, 'b').events.map((e) => e.id)).toEqual(['e1']);
    expect(citationsOf(data, 'nope')).toEqual({ footnotes: [], events: [] });
    expect(footnotesCiting(data).get('a')).toEqual([1, 3]);
  });

  it('lists exactly the footnotes citing each SCS work', () => {
    const citing = footnotesCiting(scs);
    for (const reference of scs.references) {
      const expected = scs.footnotes.filter((f) => f.refs.includes(reference.id)).map((f) => f.n).sort((a, b) => a - b);
      expect(citationsOf(scs, reference.id).footnotes.map((f) => f.n), reference.id).toEqual(expected);
      expect(citing.get(reference.id) ?? [], reference.id).toEqual(expected);
    }
  });

  it('finds the works behind an event through its footnotes', () => {
    expect([...worksBehind(data, data.events[1]!)].sort()).toEqual(['a', 'c']);
    expect(worksBehind(data, data.events[2]!).size).toBe(0);
  });
});

describe('layoutWorks', () => {
  const x = scaleTime([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)], [0, 1000]);
  const at = (ms: number) => x(new Date(ms));

  it('spreads works sharing a year across it, and puts a dated news item at its day', () => {
    const data = tiny([ref('a'), ref('b'), ref('c', { date: '2018-07-02' })]);
    const layout = layoutWorks(worksOf(data).dated, at, { dot: 8, subRows: 2, clusterGap: 20 });
    const year0 = at(Date.UTC(2018, 0, 1));
    const year1 = at(Date.UTC(2019, 0, 1));
    expect(layout.xs.get('a')).toBeCloseTo(year0 + (year1 - year0) * 0.25);
    expect(layout.xs.get('b')).toBeCloseTo(year0 + (year1 - year0) * 0.75);
    expect(layout.xs.get('c')).toBeCloseTo(at(Date.UTC(2018, 6, 2, 12)));
    expect(layout.clusters).toEqual([]);
  });

  it('counts what does not fit in badges; every work is a dot or in exactly one badge', () => {
    const many = Array.from({ length: 30 }, (_, i) => ref(`w${i}`, { date: '2018-03-01', kind: i % 2 ? 'scholarship' : 'western-media' }));
    const layout = layoutWorks(worksOf(tiny(many)).dated, at, { dot: 8, subRows: 2, clusterGap: 20 });
    const counted = layout.clusters.flatMap((c) => c.ids);
    expect(layout.dots.length + counted.length).toBe(30);
    expect(new Set([...layout.dots.map((d) => d.id), ...counted]).size).toBe(30);
    expect(layout.dots.every((d) => d.sub >= 0 && d.sub < 2)).toBe(true);
    // Each badge holds works of one kind only.
    for (const cluster of layout.clusters) expect(new Set(cluster.ids.map((id) => many.find((r) => r.id === id)!.kind)).size).toBe(1);
    // Dots in one sub-row of one kind never overlap.
    const rows = new Map<string, number[]>();
    for (const dot of layout.dots) rows.set(`${dot.row}/${dot.sub}`, [...(rows.get(`${dot.row}/${dot.sub}`) ?? []), dot.x]);
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(8);
    }
  });
});
