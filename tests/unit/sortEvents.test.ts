/**
 * The events in date order (selectEventsByDate): by start, a coarser date
 * before a finer one that starts with it ("1990" before "1990-01"), then by
 * id; a list already in that order is kept as it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectEventsByDate } from '../../src/state/selectors';
import { compareDates, parseDate } from '../../src/data/dates';
import type { Dataset, TimelineEvent } from '../../src/data/schema';

const byDate = (events: readonly TimelineEvent[]) => selectEventsByDate({ dataset: { events } as Dataset, lang: 'en' } as never);

const dateArb = fc
  .tuple(fc.integer({ min: 1988, max: 1990 }), fc.option(fc.integer({ min: 1, max: 2 })), fc.option(fc.integer({ min: 1, max: 2 })))
  .map(([y, m, d]) => (m === null ? `${y}` : d === null ? `${y}-0${m}` : `${y}-0${m}-0${d}`));
const eventsArb = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/), dateArb), { selector: ([id]) => id, maxLength: 30 }).map((list) =>
  list.map(([id, start]): TimelineEvent => ({ id, title: id, start, category: 'c', summary: '', footnotes: [] })),
);

/** The order as a plain sort says it. */
function reference(events: readonly TimelineEvent[]): string[] {
  return [...events].sort((a, b) => compareDates(parseDate(a.start)!, parseDate(b.start)!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => e.id);
}

describe('selectEventsByDate', () => {
  it('orders events by start, coarser first, then by id, whatever order they come in', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        expect(byDate(events).map((e) => e.id)).toEqual(reference(events));
      }),
    );
  });

  it('keeps a list that is already in order, and sorts a copy of one that is not', () => {
    const list = (pairs: [string, string][]) => pairs.map(([id, start]): TimelineEvent => ({ id, title: id, start, category: 'c', summary: '', footnotes: [] }));
    const ordered = list([
      ['b', '1990'],
      ['a', '1990-01'],
      ['c', '1990-01'],
      ['d', '1990-01-05'],
    ]);
    expect(byDate(ordered)).toBe(ordered);
    const shuffled = [ordered[2]!, ordered[0]!, ordered[3]!, ordered[1]!];
    const sorted = byDate(shuffled);
    expect(sorted).not.toBe(shuffled);
    expect(sorted.map((e) => e.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(shuffled.map((e) => e.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
