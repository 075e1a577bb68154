import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createIntervalIndex, queryIntervals } from '../../src/timeline/intervalIndex';

const interval = fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -20, max: 400 })).map(([start, length]) => ({ start, end: start + length }));

/** What a scan of every interval returns (an end before its start counts as the start), by start then index. */
function scan(intervals: readonly { start: number; end: number }[], from: number, to: number): number[] {
  return intervals
    .map((iv, i) => ({ ...iv, i }))
    .filter((iv) => Math.max(iv.start, iv.end) >= from && iv.start <= to)
    .sort((a, b) => a.start - b.start || a.i - b.i)
    .map((iv) => iv.i);
}

const query = (intervals: readonly { start: number; end: number }[], from: number, to: number) =>
  queryIntervals(
    createIntervalIndex(
      intervals.map((iv) => iv.start),
      intervals.map((iv) => iv.end),
    ),
    from,
    to,
  );

describe('queryIntervals', () => {
  it('returns the intervals that meet the window, edges included', () => {
    const intervals = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
      { start: 5, end: 100 },
      { start: 40, end: 41 },
    ];
    expect(query(intervals, 10, 20)).toEqual([0, 2, 1]);
    expect(query(intervals, 31, 39)).toEqual([2]);
    expect(query(intervals, 101, 200)).toEqual([]);
    expect(query(intervals, -5, -1)).toEqual([]);
  });

  it('finds a long interval that starts far before the window', () => {
    expect(query([{ start: -1000, end: 1000 }, ...Array.from({ length: 50 }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }))], 2000, 3000)).toEqual([]);
    expect(query([{ start: -1000, end: 1000 }, { start: 0, end: 1 }], 500, 600)).toEqual([0]);
  });

  it('is empty for an empty or reversed window', () => {
    expect(query([{ start: 0, end: 10 }], 5, 4)).toEqual([]);
    expect(query([], 0, 10)).toEqual([]);
  });

  it('returns exactly what a scan of every interval returns', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 80 }), fc.integer({ min: -600, max: 600 }), fc.integer({ min: 0, max: 500 }), (intervals, from, width) => {
        expect(query(intervals, from, from + width)).toEqual(scan(intervals, from, from + width));
      }),
    );
  });

  it('works on fractional positions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true })), { maxLength: 60 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (pairs, from, width) => {
          const intervals = pairs.map(([start, length]) => ({ start, end: start + length }));
          expect(query(intervals, from, from + width)).toEqual(scan(intervals, from, from + width));
        },
      ),
    );
  });
});
