import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TimeScale } from '../../src/timeline/timeScale';
import { coverage, coverageMs, createTimeScale, dataExtent } from '../../src/timeline/scale';
import { itemsInOrder, layoutEvents, layoutItemOf, layoutItems, defaultLayoutOptions, type LayoutItem, type LayoutOptions } from '../../src/timeline/layout';
import { assignLanesCapped } from '../../src/timeline/lanes';
import { estimateTextWidth, truncateToWidth } from '../../src/timeline/textWidth';
import type { TimelineEvent } from '../../src/data/schema';

const event = (id: string, start: string, end?: string): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  start,
  ...(end ? { end } : {}),
  category: 'c',
  summary: '',
  footnotes: [],
  section: '1',
});

describe('dataExtent', () => {
  it('covers every event at its precision, widened to whole years', () => {
    const [from, to] = dataExtent([event('a', '1990-03-26'), event('b', '2009', '2011')])!;
    expect(from.toISOString()).toBe('1990-01-01T00:00:00.000Z');
    expect(to.toISOString()).toBe('2012-01-01T00:00:00.000Z');
  });

  it('is null without events', () => {
    expect(dataExtent([])).toBeNull();
  });
});

describe('layoutEvents', () => {
  const events = [event('a', '1990'), event('b', '1990-03-26'), event('c', '2009', '2011'), event('d', '2011-12')];
  const scale = createTimeScale(dataExtent(events)!, 1000, 0);

  it('draws a year-precision event across its whole year', () => {
    const { marks } = layoutEvents(events, scale, (e) => e.title);
    const a = marks.find((m) => m.id === 'a')!;
    expect(a.x0).toBeCloseTo(scale(new Date(Date.UTC(1990, 0, 1))));
    expect(a.x1).toBeCloseTo(scale(new Date(Date.UTC(1991, 0, 1))));
    const c = marks.find((m) => m.id === 'c')!;
    expect(c.x1).toBeCloseTo(scale(new Date(Date.UTC(2012, 0, 1))));
  });

  it('keeps a day visible with the minimum bar width', () => {
    const { marks } = layoutEvents(events, scale, (e) => e.title);
    const b = marks.find((m) => m.id === 'b')!;
    expect(b.x1 - b.x0).toBe(defaultLayoutOptions.minBarWidth);
  });

  it('puts marks whose labels would overlap in different lanes', () => {
    const { marks, laneCount } = layoutEvents(events, scale, (e) => e.title);
    const lane = (id: string) => marks.find((m) => m.id === id)!.lane;
    expect(lane('a')).not.toBe(lane('b'));
    expect(laneCount).toBeGreaterThanOrEqual(2);
  });

  it('turns labels left near the right edge and keeps them inside the range', () => {
    const { marks } = layoutEvents(events, scale, (e) => `${e.title} with a long label`);
    const d = marks.find((m) => m.id === 'd')!;
    expect(d.labelAnchor).toBe('end');
    for (const mark of marks) {
      const width = estimateTextWidth(mark.label, defaultLayoutOptions.fontSize);
      const start = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - width;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start + width).toBeLessThanOrEqual(1000.001);
    }
  });

  it('cuts a label longer than the whole timeline, with an ellipsis', () => {
    const narrow = createTimeScale(dataExtent(events)!, 120, 0);
    const { marks } = layoutEvents(events, narrow, (e) => `${e.title} and a label far too long for a phone`);
    for (const mark of marks) {
      expect(mark.label.endsWith('…')).toBe(true);
      expect(estimateTextWidth(mark.label, defaultLayoutOptions.fontSize)).toBeLessThanOrEqual(120);
    }
  });
});

describe('truncateToWidth', () => {
  it('leaves text that fits alone', () => {
    expect(truncateToWidth('1990', 100, 14)).toBe('1990');
  });

  it('counts Chinese characters as a full em', () => {
    expect(estimateTextWidth('国务院', 10)).toBe(30);
    expect(truncateToWidth('国务院关于', 35, 10)).toBe('国务…');
  });
});

/** Layout as it was first written: every label cut and measured, every extent known before lanes are given (near the right edge, from the widest label's start). */
function eagerLayout(events: readonly TimelineEvent[], scale: TimeScale, labelOf: (e: TimelineEvent) => string, options: Partial<LayoutOptions>, visibleWidth?: number) {
  const o = { ...defaultLayoutOptions, ...options };
  const [left, right] = [Math.min(...scale.range()), Math.max(...scale.range())];
  const maxLabel = Math.max(40, Math.min(o.maxLabelWidth, (visibleWidth ?? right - left) - o.symbolSpace - 8));
  const placed = events.flatMap((event) => {
    const span = coverage(event);
    if (!span) return [];
    const x0 = scale(span[0]);
    const x1 = Math.max(scale(span[1]), x0 + o.minBarWidth);
    const label = truncateToWidth(labelOf(event), maxLabel, o.fontSize);
    const labelWidth = estimateTextWidth(label, o.fontSize);
    const width = labelWidth + o.symbolSpace;
    const start = x0 + width <= right ? x0 : Math.max(left, Math.min(x1, right) - width);
    const labelAnchor = start === x0 ? ('start' as const) : ('end' as const);
    const labelX = labelAnchor === 'start' ? x0 + o.symbolSpace : start + width;
    // Near the right edge, a mark takes its lane from where the widest label would start.
    const widest = maxLabel + o.symbolSpace + 1;
    const laneStart = x0 + widest <= right ? x0 : Math.max(left, Math.min(x0, Math.min(x1, right) - widest));
    return [{ id: event.id, x0, x1, label, labelWidth, labelX, labelAnchor, span, extent: { start: laneStart, end: Math.max(x1, start + width) } }];
  });
  const { lanes, laneCount, clusters } = assignLanesCapped(
    placed.map((p) => p.extent),
    o.gap,
    o.maxLanes,
    placed.map((p) => p.x0),
    o.clusterGap,
  );
  return {
    marks: placed.flatMap(({ extent: _, span: __, ...mark }, i) => (lanes[i]! >= 0 ? [{ ...mark, lane: lanes[i]! }] : [])),
    laneCount,
    clusters: clusters.map((members) => {
      const items = members.map((i) => placed[i]!);
      return {
        ids: items.map((p) => p.id),
        xs: items.map((p) => p.x0),
        x0: Math.min(...items.map((p) => p.x0)),
        x1: Math.max(...items.map((p) => p.x0)),
        from: Math.min(...items.map((p) => p.span[0].getTime())),
        to: Math.max(...items.map((p) => p.span[1].getTime())),
      };
    }),
  };
}

const dateArb = fc
  .tuple(fc.integer({ min: 1988, max: 1992 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.option(fc.integer({ min: 1, max: 28 })))
  .map(([y, m, d]) => (m === null ? `${y}` : d === null ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
const eventsArb = fc
  .array(fc.tuple(dateArb, fc.option(fc.integer({ min: 0, max: 3 })), fc.string({ unit: fc.constantFrom('a', 'B', ' ', '国', '😀'), maxLength: 50 })), { maxLength: 40 })
  .map((list) =>
    list.map(([start, years, title], i) => ({
      ...event(`e${i}`, start, years === null ? undefined : String(Number(start.slice(0, 4)) + years)),
      title,
    })),
  );

describe('layoutItems', () => {
  it('lays out exactly as the eager layout, at any width, zoom and row count', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.integer({ min: 120, max: 4000 }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: Infinity }),
        fc.integer({ min: 60, max: 500 }),
        (list, worldWidth, maxLanes, maxLabelWidth) => {
          const scale = createTimeScale([new Date(Date.UTC(1987, 0, 1)), new Date(Date.UTC(1997, 0, 1))], worldWidth, 16);
          const labelOf = (e: TimelineEvent) => `${e.start} · ${e.title}`;
          const options = { fontSize: 15, symbolSpace: 16, maxLanes, clusterGap: 64, gap: 16, minBarWidth: 6, maxLabelWidth };
          expect(layoutEvents(list, scale, labelOf, options, Math.min(worldWidth, 1000))).toEqual(eagerLayout(list, scale, labelOf, options, Math.min(worldWidth, 1000)));
        },
      ),
    );
  });

  it('writes out only the labels of the marks it draws, near the right edge too', () => {
    const many = Array.from({ length: 400 }, (_, i) => event(`e${i}`, `1990-03-${String((i % 28) + 1).padStart(2, '0')}`));
    // Lays the events out ending at `to`, and says which labels were written out and what was drawn.
    const layOut = (to: number) => {
      const asked = new Set<string>();
      const items = many.map((e) =>
        layoutItemOf(e, (x) => {
          asked.add(x.id);
          return x.title;
        }),
      ) as LayoutItem[];
      const scale = createTimeScale([new Date(Date.UTC(1980, 0, 1)), new Date(to)], 1200, 16);
      const layout = layoutItems(items, scale, { maxLanes: 3, symbolSpace: 16, maxLabelWidth: 200 });
      expect(layout.clusters.reduce((sum, c) => sum + c.ids.length, 0) + layout.marks.length).toBe(400);
      expect([...asked].sort()).toEqual(layout.marks.map((m) => m.id).sort());
      return layout;
    };
    expect(layOut(Date.UTC(2000, 0, 1)).marks.length).toBeLessThanOrEqual(3 * 28);
    // Crowded at the right edge: the labels turn left, and still only those drawn are written out.
    const edge = layOut(Date.UTC(1990, 3, 1));
    expect(edge.marks.length).toBeGreaterThan(0);
    expect(edge.marks.every((m) => m.labelAnchor === 'end')).toBe(true);
  });

  it('lays out 100,000 events without a spread of every position (which overflows the stack)', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => event(`e${i}`, '2015-06-01'));
    const scale = createTimeScale([new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2016, 0, 1))], 1200, 16);
    const layout = layoutEvents(many, scale, (e) => e.title, { maxLanes: 4 });
    expect(layout.marks.length + layout.clusters.reduce((sum, c) => sum + c.ids.length, 0)).toBe(100_000);
  });
});

describe('coverageMs', () => {
  it('is coverage in milliseconds, for any date at any precision, asked once or again', () => {
    fc.assert(
      fc.property(dateArb, fc.option(dateArb, { nil: undefined }), (start, end) => {
        const item = { start, ...(end === undefined ? {} : { end }) };
        const dates = coverage(item);
        const expected = dates ? [dates[0].getTime(), dates[1].getTime()] : null;
        expect(coverageMs(item)).toEqual(expected);
        expect(coverageMs(item)).toEqual(expected);
      }),
    );
    expect(coverageMs({ start: '1990-02-30' })).toBeNull();
    expect(coverageMs({ start: '0099' })).toEqual([new Date('0099-01-01T00:00:00Z').getTime(), new Date('0100-01-01T00:00:00Z').getTime()]);
  });
});

describe('itemsInOrder', () => {
  const all = ['a', 'b', 'c', 'd', 'e'].map((id, i) => event(id, `${2000 + i}`));
  const label = (e: TimelineEvent) => e.title;
  const items = all.map((e) => layoutItemOf(e, label));

  it("picks a filtered list's items from the shared ones, in the list's order, the same objects", () => {
    const made: string[] = [];
    const picked = itemsInOrder([all[1]!, all[3]!, all[4]!], all, items, (e) => (made.push(e.id), layoutItemOf(e, label)));
    expect(picked.map((item) => item.id)).toEqual(['b', 'd', 'e']);
    expect(picked).toEqual([items[1], items[3], items[4]]);
    expect(picked[0]).toBe(items[1]);
    expect(made).toEqual([]);
  });

  it('leaves out events without a date, and makes items for events the shared list does not have (and the ones after)', () => {
    const undated = [null, ...items.slice(1)];
    const stranger = event('x', '1999');
    const made: string[] = [];
    const picked = itemsInOrder([all[0]!, all[2]!, stranger, all[4]!], all, undated, (e) => (made.push(e.id), layoutItemOf(e, label)));
    expect(picked.map((item) => item.id)).toEqual(['c', 'x', 'e']);
    expect(made).toEqual(['x', 'e']);
  });

  it('gives every event of any list its item: property', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 4 }), { maxLength: 12 }), (picks) => {
        const list = picks.map((i) => all[i]!);
        const picked = itemsInOrder(list, all, items, (e) => layoutItemOf(e, label));
        expect(picked.map((item) => item.id)).toEqual(list.map((e) => e.id));
      }),
    );
  });
});
