import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binPositions, rectPaths, stackBins } from '../../src/timeline/density';

const positions = fc.array(fc.tuple(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.integer({ min: 0, max: 5 })), { maxLength: 300 });

describe('binPositions', () => {
  it('counts positions per bin and group', () => {
    const bins = binPositions([0, 0.5, 1.9, 2, 7], [0, 1, 0, 2, 0], 3, 2);
    expect(bins).toEqual([
      { x: 0, counts: [2, 1, 0], total: 3 },
      { x: 2, counts: [0, 0, 1], total: 1 },
      { x: 6, counts: [1, 0, 0], total: 1 },
    ]);
  });

  it('counts positions far apart (one far off screen) each in its own bin, in order', () => {
    expect(binPositions([0, 1, 1e9], [0, 1, 2], 3, 2)).toEqual([
      { x: 0, counts: [1, 1, 0], total: 2 },
      { x: 1e9, counts: [0, 0, 1], total: 1 },
    ]);
  });

  it('gives the bins a plain count per bin gives, for positions packed or spread far apart', () => {
    const reference = (xs: number[], groups: number[], width: number, origin: number) => {
      const byBin = new Map<number, number[]>();
      xs.forEach((x, i) => {
        const bin = Math.floor((x - origin) / width);
        if (!byBin.has(bin)) byBin.set(bin, [0, 0, 0, 0, 0, 0]);
        byBin.get(bin)![groups[i]!]!++;
      });
      return [...byBin].sort((a, b) => a[0] - b[0]).map(([bin, counts]) => ({ x: origin + bin * width, counts, total: counts.reduce((a, b) => a + b, 0) }));
    };
    const spread = fc.array(fc.tuple(fc.oneof(fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: -1e12, max: 1e12, noNaN: true })), fc.integer({ min: 0, max: 5 })), { maxLength: 200 });
    fc.assert(
      fc.property(spread, fc.constantFrom(1, 2, 2.5), fc.double({ min: -50, max: 50, noNaN: true }), (pairs, width, origin) => {
        const xs = pairs.map(([x]) => x);
        const groups = pairs.map(([, g]) => g);
        expect(binPositions(xs, groups, 6, width, origin)).toEqual(reference(xs, groups, width, origin));
      }),
    );
  });

  it('counts every position in exactly one bin, the one that covers it, and loses none', () => {
    fc.assert(
      fc.property(positions, fc.constantFrom(1, 2, 2.5, 7), fc.double({ min: -50, max: 50, noNaN: true }), (pairs, width, origin) => {
        const xs = pairs.map(([x]) => x);
        const groups = pairs.map(([, g]) => g);
        const bins = binPositions(xs, groups, 6, width, origin);
        expect(bins.reduce((sum, bin) => sum + bin.total, 0)).toBe(xs.length);
        for (let g = 0; g < 6; g++) {
          expect(bins.reduce((sum, bin) => sum + bin.counts[g]!, 0)).toBe(groups.filter((x) => x === g).length);
        }
        for (let i = 1; i < bins.length; i++) expect(bins[i]!.x).toBeGreaterThan(bins[i - 1]!.x);
        for (const bin of bins) {
          expect(bin.total).toBeGreaterThan(0);
          expect(bin.counts.reduce((a, b) => a + b, 0)).toBe(bin.total);
        }
        // Each position lies in the bin of its count.
        for (const x of xs) {
          const bin = bins.find((b) => x >= b.x - 1e-6 && x < b.x + width + 1e-6);
          expect(bin).toBeDefined();
        }
      }),
    );
  });
});

describe('stackBins', () => {
  it('stands each bin on the baseline, as tall as its count allows, split by group', () => {
    const rects = stackBins(
      [
        { x: 0, counts: [1, 0], total: 1 },
        { x: 2, counts: [2, 2], total: 4 },
      ],
      14,
      8,
      2,
    );
    expect(rects).toEqual([
      { group: 0, x: 0, y: 12, height: 2 },
      { group: 0, x: 2, y: 10, height: 4 },
      { group: 1, x: 2, y: 6, height: 4 },
    ]);
  });

  it('keeps every column between the smallest and the largest height, its parts adding up', () => {
    fc.assert(
      fc.property(positions, (pairs) => {
        const bins = binPositions(
          pairs.map(([x]) => x),
          pairs.map(([, g]) => g),
          6,
          2,
        );
        const rects = stackBins(bins, 20, 16, 4);
        for (const bin of bins) {
          const parts = rects.filter((r) => r.x === bin.x);
          expect(parts.length).toBe(bin.counts.filter((c) => c > 0).length);
          const height = parts.reduce((sum, r) => sum + r.height, 0);
          expect(height).toBeGreaterThanOrEqual(4 - 1e-9);
          expect(height).toBeLessThanOrEqual(16 + 1e-9);
          for (const r of parts) expect(r.y + r.height).toBeLessThanOrEqual(20 + 1e-9);
        }
        // The fullest bin is the tallest.
        const fullest = Math.max(0, ...bins.map((b) => b.total));
        if (fullest > 0) {
          const tallest = Math.max(...bins.map((b) => rects.filter((r) => r.x === b.x).reduce((sum, r) => sum + r.height, 0)));
          expect(tallest).toBeCloseTo(16);
        }
      }),
    );
  });
});

describe('rectPaths', () => {
  it('draws one path per group, each rect as a closed subpath', () => {
    const paths = rectPaths(
      [
        { group: 0, x: 0, y: 12, height: 2 },
        { group: 2, x: 2, y: 10, height: 4 },
        { group: 0, x: 4, y: 6, height: 8 },
      ],
      2,
    );
    expect([...paths]).toEqual([
      [0, 'M0,12h2v2h-2ZM4,6h2v8h-2Z'],
      [2, 'M2,10h2v4h-2Z'],
    ]);
  });
});
