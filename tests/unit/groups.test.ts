import { describe, expect, it } from 'vitest';
import type { Section, TimelineEvent } from '../../src/data/schema';
import type { EventLayout } from '../../src/timeline/layout';
import { allotRows, groupBySection, layoutBands, OTHER_GROUP, sectionOf, sectionsOf } from '../../src/timeline/groups';

const sections: Section[] = [
  { id: 'background', title: 'What it is', numbers: ['1', '3', '4'] },
  { id: 'west', title: 'Seen from the West', numbers: ['5'] },
  { id: 'home', title: 'Problems at home', numbers: ['7'] },
  { id: 'community', title: 'Community', numbers: ['7.2'] },
];

const event = (id: string, section?: string): TimelineEvent =>
  ({ id, title: id, start: '2000', category: 'c', summary: '', footnotes: [], ...(section ? { section } : {}) }) as TimelineEvent;

describe('sectionOf', () => {
  it('takes the band listing the longest prefix of the section number', () => {
    expect(sectionOf('7.2', sections)?.id).toBe('community');
    expect(sectionOf('7.1', sections)?.id).toBe('home');
    expect(sectionOf('7', sections)?.id).toBe('home');
    expect(sectionOf('3', sections)?.id).toBe('background');
    expect(sectionOf('6', sections)).toBeNull();
    expect(sectionOf(undefined, sections)).toBeNull();
    // "1" does not claim "10".
    expect(sectionOf('10', sections)).toBeNull();
  });
});

describe('groupBySection', () => {
  it('keeps the bands’ order and the events’ order, leaves out empty bands and puts the rest last', () => {
    const events = [event('a', '7.1'), event('b', '5'), event('c'), event('d', '7'), event('e', '6'), event('f', '4')];
    const groups = groupBySection(events, sections);
    expect(groups.map((g) => [g.id, g.events.map((e) => e.id)])).toEqual([
      ['background', ['f']],
      ['west', ['b']],
      ['home', ['a', 'd']],
      [OTHER_GROUP, ['c', 'e']],
    ]);
    expect(groups.flatMap((g) => g.events)).toHaveLength(events.length);
  });

  it('puts each of many events that share section numbers in its band, in order, none lost', () => {
    const numbers = ['7.1', '5', undefined, '7', '6', '4', '7.1.2', ' 5 '];
    const events = Array.from({ length: 3000 }, (_, i) => event(`e${i}`, numbers[i % numbers.length]));
    const groups = groupBySection(events, sections);
    const expected = (id: string) => events.filter((e) => (sectionOf(e.section, sections)?.id ?? OTHER_GROUP) === id).map((e) => e.id);
    expect(groups.map((g) => g.id)).toEqual(['background', 'west', 'home', OTHER_GROUP]);
    for (const group of groups) expect(group.events.map((e) => e.id)).toEqual(expected(group.id));
    expect(groups.reduce((n, g) => n + g.events.length, 0)).toBe(events.length);
  });
});

describe('sectionsOf', () => {
  it('uses the dataset’s sections, or one band per top-level section number its events give', () => {
    expect(sectionsOf({ sections, events: [] }, (n) => `S${n}`)).toBe(sections);
    const derived = sectionsOf({ events: [event('a', '7.1'), event('b', '10'), event('c', '5'), event('d'), event('e', 'x')] }, (n) => `Section ${n}`);
    expect(derived).toEqual([
      { id: 'section-5', title: 'Section 5', numbers: ['5'] },
      { id: 'section-7', title: 'Section 7', numbers: ['7'] },
      { id: 'section-10', title: 'Section 10', numbers: ['10'] },
    ]);
  });
});

describe('allotRows', () => {
  it('gives every band what it needs when all fit', () => {
    expect(allotRows([3, 1, 2], 10)).toEqual([3, 1, 2]);
    expect(allotRows([0, 2], 10)).toEqual([1, 2]);
  });

  it('otherwise gives overflowing bands two rows (marks and badges), then rows where they show the most', () => {
    // One more row lets the third band fit whole (and frees its badge row): it goes there first.
    expect(allotRows([6, 1, 3], 6)).toEqual([2, 1, 3]);
    expect(allotRows([6, 1, 3], 8)).toEqual([4, 1, 3]);
    const rows = allotRows([8, 8, 2], 9);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(9);
    expect(rows[2]).toBe(2);
  });

  it('exceeds the room only when there are more bands than rows', () => {
    expect(allotRows([1, 1, 1], 2)).toEqual([1, 1, 1]);
  });
});

describe('layoutBands', () => {
  // A stand-in layout: one mark per lane, up to maxLanes; the rest in one cluster.
  const fake = (events: readonly TimelineEvent[], maxLanes: number): EventLayout => {
    const shown = events.slice(0, maxLanes);
    const rest = events.slice(shown.length);
    return {
      laneCount: shown.length,
      marks: shown.map((e, lane) => ({ id: e.id, x0: 0, x1: 1, lane, label: e.id, labelX: 0, labelAnchor: 'start' as const, labelWidth: 10 })),
      clusters: rest.length ? [{ ids: rest.map((e) => e.id), xs: rest.map(() => 0), x0: 0, x1: 0, from: 0, to: 1 }] : [],
    };
  };

  it('stacks bands, offsets their rows, and puts an overflowing band’s badges in its last row', () => {
    const groups = groupBySection([event('a', '1'), event('b', '1'), event('c', '1'), event('d', '5')], sections);
    const layout = layoutBands(groups, fake, 3);
    expect(layout.bands).toEqual([
      { id: 'background', section: sections[0], firstRow: 0, rowCount: 2, eventCount: 3 },
      { id: 'west', section: sections[1], firstRow: 2, rowCount: 1, eventCount: 1 },
    ]);
    expect(layout.marks.map((m) => [m.id, m.lane])).toEqual([
      ['a', 0],
      ['d', 2],
    ]);
    expect(layout.clusters).toEqual([expect.objectContaining({ ids: ['b', 'c'], row: 1 })]);
    expect(layout.rowCount).toBe(3);
  });

  it('asks for the room given what each band needs', () => {
    const groups = groupBySection([event('a', '1'), event('b', '1'), event('d', '5')], sections);
    let seen: readonly number[] = [];
    const layout = layoutBands(groups, fake, (needs) => {
      seen = needs;
      return 10;
    });
    expect(seen).toEqual([2, 1]);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks).toHaveLength(3);
  });
});

describe('the SCS data’s bands', () => {
  it('puts every event in one of the article’s argument bands, each band holding events', async () => {
    const { readFileSync } = await import('node:fs');
    const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as import('../../src/data/schema').Dataset;
    const groups = groupBySection(scs.events, scs.sections ?? []);
    expect(groups.map((g) => g.section?.title)).toEqual(['Framing the system', 'Seen from the West', 'Learning from abroad', 'Problems at home', 'Negotiating the system']);
    expect(groups.every((g) => g.events.length > 0)).toBe(true);
    expect(groups.reduce((sum, g) => sum + g.events.length, 0)).toBe(scs.events.length);
  });
});
