import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLanes, assignLanesByStart, assignLanesCapped, orderBy, type Extent } from '../../src/timeline/lanes';

/** The most extents that overlap at one point: no layout can use fewer lanes. */
function depth(extents: readonly Extent[], gap: number): number {
  const points = extents.flatMap((e) => [
    [e.start, 1],
    [e.end + gap, -1],
  ]);
  points.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  let current = 0;
  let max = 0;
  for (const [, delta] of points) max = Math.max(max, (current += delta!));
  return max;
}

// Marks are never empty (a bar is at least a few pixels wide). Among empty extents "the fewest lanes"
// depends on their order: [1, 1] then [1, 3] share a lane, [1, 3] then [1, 1] do not.
const extentArb = fc
  .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 300 }))
  .map(([start, width]) => ({ start, end: start + width }));

describe('assignLanes', () => {
  it('puts non-overlapping extents in one lane and overlapping ones apart', () => {
    const { lanes, laneCount } = assignLanes([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 20, end: 30 },
    ]);
    expect(lanes).toEqual([0, 1, 0]);
    expect(laneCount).toBe(2);
  });

  it('keeps the gap between neighbours in a lane', () => {
    expect(assignLanes([{ start: 0, end: 10 }, { start: 12, end: 20 }], 5).lanes).toEqual([0, 1]);
    expect(assignLanes([{ start: 0, end: 10 }, { start: 15, end: 20 }], 5).lanes).toEqual([0, 0]);
  });

  it('reuses the lowest free lane', () => {
    const { lanes } = assignLanes([
      { start: 0, end: 100 },
      { start: 1, end: 5 },
      { start: 2, end: 50 },
      { start: 10, end: 20 },
    ]);
    expect(lanes).toEqual([0, 1, 2, 1]);
  });

  it('never overlaps two extents in one lane, and uses the fewest lanes possible', () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (extents, gap) => {
        const { lanes, laneCount } = assignLanes(extents, gap);
        for (let i = 0; i < extents.length; i++) {
          for (let j = i + 1; j < extents.length; j++) {
            if (lanes[i] !== lanes[j]) continue;
            const [a, b] = extents[i]!.start <= extents[j]!.start ? [extents[i]!, extents[j]!] : [extents[j]!, extents[i]!];
            expect(a.end + gap).toBeLessThanOrEqual(b.start);
          }
        }
        expect(laneCount).toBe(depth(extents, gap));
      }),
    );
  });
});

describe('assignLanesByStart', () => {
  it('gives what assignLanesCapped gives, asking for the end only of the extents that get a lane', () => {
    fc.assert(
      fc.property(
        fc.array(extentArb, { maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 80 }),
        fc.boolean(),
        (extents, gap, maxLanes, clusterGap, inOrder) => {
          const list = inOrder ? [...extents].sort((a, b) => a.start - b.start) : extents;
          const anchors = list.map((e) => e.start + 3);
          const asked: number[] = [];
          const lazy = assignLanesByStart(
            list.map((e) => e.start),
            (i) => {
              asked.push(i);
              return list[i]!.end;
            },
            gap,
            maxLanes,
            anchors,
            clusterGap,
          );
          expect(lazy).toEqual(assignLanesCapped(list, gap, maxLanes, anchors, clusterGap));
          expect(asked.sort((a, b) => a - b)).toEqual(lazy.lanes.flatMap((lane, i) => (lane >= 0 ? [i] : [])));
          // Nothing is dropped: every extent is in a lane or in exactly one cluster.
          const clustered = lazy.clusters.flat();
          expect(new Set(clustered).size).toBe(clustered.length);
          expect(clustered.length + lazy.lanes.filter((lane) => lane >= 0).length).toBe(list.length);
        },
      ),
    );
  });
});

describe('orderBy', () => {
  it('sorts indices by key, then by index, as a full sort would, for lists in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        (keys, sortedPrefix, shuffled) => {
          // Keys that come mostly in order (as layout's do), or not at all.
          const list = shuffled ? keys : [...[...keys.slice(0, sortedPrefix)].sort((a, b) => a - b), ...keys.slice(sortedPrefix)];
          const indices = list.map((_, i) => i);
          expect(orderBy(indices, list)).toEqual([...indices].sort((a, b) => list[a]! - list[b]! || a - b));
          const some = indices.filter((i) => i % 3 !== 1).reverse();
          expect(orderBy(some, list)).toEqual([...some].sort((a, b) => list[a]! - list[b]! || a - b));
        },
      ),
    );
  });
});
