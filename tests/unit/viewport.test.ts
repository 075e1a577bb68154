import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wheelLevel, zoomLevel } from '../../src/timeline/viewport';

const level = fc.integer({ min: 0, max: 48 }).map((quarters) => 2 ** (quarters / 4));

describe('zoomLevel', () => {
  it('rounds the zoom down to a quarter power of two', () => {
    expect(zoomLevel(1)).toBe(1);
    expect(zoomLevel(0.5)).toBe(1);
    expect(zoomLevel(2)).toBe(2);
    expect(zoomLevel(2.1)).toBe(2);
    expect(zoomLevel(2 ** 0.3)).toBe(2 ** 0.25);
  });

  it('is never above the zoom, and less than a quarter power of two below it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), (k) => {
        expect(zoomLevel(k)).toBeLessThanOrEqual(k * (1 + 1e-12));
        expect(zoomLevel(k) * 2 ** 0.25).toBeGreaterThan(k * (1 - 1e-12));
      }),
    );
  });
});

describe('wheelLevel', () => {
  it('keeps the level shown while zooming in', () => {
    expect(wheelLevel(4, 2)).toBe(2);
    expect(wheelLevel(2, 2)).toBe(2);
  });

  it('zooms out to a whole power of two at most the zoom’s level', () => {
    expect(wheelLevel(2 ** 2.75, 16)).toBe(4);
    expect(wheelLevel(2 ** 0.5, 2)).toBe(1);
    expect(wheelLevel(4, 8)).toBe(4);
  });

  it('never lays out above the zoom’s level, so labels stay apart', () => {
    fc.assert(
      fc.property(level, level, (wanted, shown) => {
        const chosen = wheelLevel(wanted, shown);
        expect(chosen).toBeLessThanOrEqual(Math.max(wanted, shown));
        if (wanted < shown) {
          expect(chosen).toBeLessThanOrEqual(wanted);
          expect(chosen).toBeGreaterThan(wanted / 2);
          expect(Number.isInteger(Math.log2(chosen))).toBe(true);
        } else expect(chosen).toBe(shown);
      }),
    );
  });
});
