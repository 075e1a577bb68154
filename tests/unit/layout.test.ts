import { describe, expect, it } from 'vitest';
import { createTimeScale, dataExtent } from '../../src/timeline/scale';
import { layoutEvents, defaultLayoutOptions } from '../../src/timeline/layout';
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
