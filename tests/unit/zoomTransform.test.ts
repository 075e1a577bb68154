/**
 * viewport.ts builds its transforms without d3-zoom (kept out of the first
 * load): they must be d3's to the last bit, in every method d3 or the app may
 * call, and windowFor must invert transformFor.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { scaleTime } from '../../src/timeline/timeScale';
import { transformFor, windowFor, type TimeWindow } from '../../src/timeline/viewport';

const bounds = { from: Date.UTC(1977, 0, 1), to: Date.UTC(2024, 0, 1) };
const span = bounds.to - bounds.from;

/** A window inside the bounds, two weeks wide at the least. */
const windows = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b]): TimeWindow => {
    const width = 14 * 864e5 + b * (span - 14 * 864e5);
    const from = bounds.from + a * (span - width);
    return { from, to: from + width };
  });
const widths = fc.integer({ min: 200, max: 4000 });

describe('transformFor without d3-zoom', () => {
  it('gives d3-zoom’s transform, method for method', () => {
    fc.assert(
      fc.property(windows, widths, fc.double({ min: -5000, max: 5000, noNaN: true }), (window, width, p) => {
        const base = scaleTime([bounds.from, bounds.to], [16, width - 16]);
        const ours = transformFor(window, base);
        const x0 = base(new Date(window.from));
        const k = (width - 32) / (base(new Date(window.to)) - x0);
        const d3 = zoomIdentity.translate(16 - x0 * k, 0).scale(k);
        expect([ours.k, ours.x, ours.y]).toEqual([d3.k, d3.x, d3.y]);
        expect(ours.toString()).toBe(d3.toString());
        expect(ours.apply([p, p / 2])).toEqual(d3.apply([p, p / 2]));
        expect(ours.invert([p, p / 2])).toEqual(d3.invert([p, p / 2]));
        expect([ours.applyX(p), ours.applyY(p), ours.invertX(p), ours.invertY(p)]).toEqual([d3.applyX(p), d3.applyY(p), d3.invertX(p), d3.invertY(p)]);
        const [s, t] = [ours.scale(2).translate(p, 3), d3.scale(2).translate(p, 3)];
        expect([s.k, s.x, s.y]).toEqual([t.k, t.x, t.y]);
        expect(ours.rescaleX(base).domain()).toEqual(d3.rescaleX(base).domain());
        expect(ours.rescaleY(base).domain()).toEqual(d3.rescaleY(base).domain());
      }),
    );
  });

  it('round-trips through windowFor to within a millisecond', () => {
    fc.assert(
      fc.property(windows, widths, (window, width) => {
        const base = scaleTime([bounds.from, bounds.to], [16, width - 16]);
        const back = windowFor(transformFor(window, base), base);
        expect(Math.abs(back.from - window.from)).toBeLessThan(1);
        expect(Math.abs(back.to - window.to)).toBeLessThan(1);
      }),
    );
  });
});
