import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { scaleTime } from '../../src/timeline/timeScale';

// d3-scale stays a devDependency as the oracle: our scale must give d3's numbers, to the last bit.
const instant = fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(3000, 0, 1) });
const position = fc.double({ min: -1e5, max: 1e5, noNaN: true });

describe('scaleTime', () => {
  it('maps and inverts exactly as d3 scaleUtc, forwards and backwards', () => {
    fc.assert(
      fc.property(instant, instant, position, position, instant, position, (d0, d1, r0, r1, at, x) => {
        const ours = scaleTime([new Date(d0), new Date(d1)], [r0, r1]);
        const theirs = scaleUtc().domain([new Date(d0), new Date(d1)]).range([r0, r1]);
        expect(ours(new Date(at))).toBe(theirs(new Date(at)));
        expect(ours(at)).toBe(theirs(new Date(at)));
        expect(ours.invert(x).getTime()).toBe(theirs.invert(x).getTime());
      }),
    );
  });

  it('gives the same ticks as d3 scaleUtc', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 * 365 * 86_400_000 }), fc.integer({ min: 1, max: 30 }), (from, span, count) => {
        const domain = [new Date(from), new Date(from + span)];
        expect(scaleTime(domain, [0, 800]).ticks(count)).toEqual(scaleUtc().domain(domain).range([0, 800]).ticks(count));
      }),
    );
  });

  it('is rescaled by a d3-zoom transform as d3 scaleUtc is', () => {
    const domain = [new Date(Date.UTC(1978, 0, 1)), new Date(Date.UTC(2023, 0, 1))];
    const transform = zoomIdentity.translate(-1234.5, 0).scale(7.25);
    const ours = transform.rescaleX(scaleTime(domain, [24, 1256]));
    const theirs = transform.rescaleX(scaleUtc().domain(domain).range([24, 1256]));
    expect(ours.domain().map(Number)).toEqual(theirs.domain().map(Number));
    expect(ours.range()).toEqual([24, 1256]);
  });

  it('reads and sets its ends; a copy does not follow the original', () => {
    const scale = scaleTime([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 100]);
    const copy = scale.copy();
    scale.domain([Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)]).range([0, 200]);
    expect(scale.domain()).toEqual([new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2020, 0, 1))]);
    expect(scale.range()).toEqual([0, 200]);
    expect(copy(Date.UTC(2005, 0, 1))).toBeCloseTo(50.01, 2);
    expect(scale(Date.UTC(2010, 0, 1))).toBeCloseTo(100, 1);
  });

  it('refuses anything but two ends', () => {
    expect(() => scaleTime([Date.UTC(2000, 0, 1)], [0, 1])).toThrow('a time scale takes two ends, not 1');
    expect(() => scaleTime().range([0, 1, 2])).toThrow('not 3');
  });
});
