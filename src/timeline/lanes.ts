/**
 * Lanes by greedy interval partitioning: items sorted by start take the
 * lowest free lane, or open a new one. O(n log n) with two binary heaps (busy
 * lanes by when they free up, free lanes by index); no two items in one lane
 * overlap, the number of lanes is the least possible for the given extents,
 * and items sit as close to lane 0 as they can.
 */

export interface Extent {
  /** Left edge in pixels (or any unit). */
  readonly start: number;
  /** Right edge, exclusive; at least `start`. */
  readonly end: number;
}

export interface LaneAssignment {
  /** lanes[i] is the lane of extents[i]. */
  readonly lanes: readonly number[];
  readonly laneCount: number;
}

/** Min-heap of [freeFrom, lane], ordered by freeFrom then lane so the result is deterministic. */
class LaneHeap {
  private readonly items: [number, number][] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): [number, number] | undefined {
    return this.items[0];
  }

  push(item: [number, number]): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): [number, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && less(items[left]!, items[smallest]!)) smallest = left;
        if (right < items.length && less(items[right]!, items[smallest]!)) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

function less(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Assigns each extent a lane so that extents in one lane are separated by at least `gap`. */
export function assignLanes(extents: readonly Extent[], gap = 0): LaneAssignment {
  const { lanes, laneCount } = assignLanesCapped(extents, gap, Infinity, [], 0);
  return { lanes, laneCount };
}

export interface CappedAssignment {
  /** lanes[i] is the lane of extents[i], or -1 when it did not fit and is counted in a cluster. */
  readonly lanes: readonly number[];
  readonly laneCount: number;
  /** Groups of overflowing extents (indices, by anchor); each is shown as one count badge. */
  readonly clusters: readonly (readonly number[])[];
}

/**
 * Greedy partitioning into at most `maxLanes` lanes. An extent with no free
 * lane overflows. Overflowing extents, taken by anchor, join the previous
 * cluster while their anchor is within `clusterGap` of its last one and
 * within three gaps of its first; so consecutive clusters' anchors are more
 * than `clusterGap` apart and their badges never overlap. Still O(n log n),
 * and nothing is dropped: every extent is in a lane or in exactly one cluster.
 */
export function assignLanesCapped(
  extents: readonly Extent[],
  gap: number,
  maxLanes: number,
  anchors: readonly number[],
  clusterGap: number,
): CappedAssignment {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.start - extents[b]!.start || a - b);
  const lanes = new Array<number>(extents.length).fill(-1);
  const busy = new LaneHeap();
  const free = new LaneHeap();
  const overflow: number[] = [];
  let laneCount = 0;
  for (const i of order) {
    const extent = extents[i]!;
    for (let next = busy.peek(); next && next[0] <= extent.start; next = busy.peek()) {
      busy.pop();
      free.push([next[1], next[1]]);
    }
    if (free.size === 0 && laneCount >= maxLanes) {
      overflow.push(i);
      continue;
    }
    const lane = free.size > 0 ? free.pop()![1] : laneCount++;
    lanes[i] = lane;
    busy.push([extent.end + gap, lane]);
  }
  overflow.sort((a, b) => anchors[a]! - anchors[b]! || a - b);
  const clusters: number[][] = [];
  let first = -Infinity;
  let last = -Infinity;
  for (const i of overflow) {
    const anchor = anchors[i]!;
    const current = clusters.at(-1);
    if (current && anchor - last <= clusterGap && anchor - first <= 3 * clusterGap) current.push(i);
    else {
      clusters.push([i]);
      first = anchor;
    }
    last = anchor;
  }
  return { lanes, laneCount, clusters };
}
