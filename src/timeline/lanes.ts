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
  anchors: ArrayLike<number>,
  clusterGap: number,
): CappedAssignment {
  return assignLanesByStart(
    extents.map((e) => e.start),
    (i) => extents[i]!.end,
    gap,
    maxLanes,
    anchors,
    clusterGap,
  );
}

/**
 * `assignLanesCapped` for extents whose ends are worked out on demand:
 * `endOf(i)` is called once for each extent that gets a lane, and never for
 * one that overflows (layout measures a label only when its mark is drawn).
 */
export function assignLanesByStart(
  starts: ArrayLike<number>,
  endOf: (index: number) => number,
  gap: number,
  maxLanes: number,
  anchors: ArrayLike<number>,
  clusterGap: number,
): CappedAssignment {
  const n = starts.length;
  const indices = new Array<number>(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  const order = orderBy(indices, starts);
  const lanes = new Array<number>(n).fill(-1);
  const busy = new LaneHeap();
  const free = new LaneHeap();
  const overflow: number[] = [];
  let laneCount = 0;
  // When the busy lanes next free up: while every lane is busy until after an extent's start, it
  // overflows at the cost of one comparison (most of a big dataset at "fit all").
  let nextFree = Infinity;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const start = starts[i]!;
    if (start < nextFree && laneCount >= maxLanes && free.size === 0) {
      overflow.push(i);
      continue;
    }
    for (let next = busy.peek(); next && next[0] <= start; next = busy.peek()) {
      busy.pop();
      free.push([next[1], next[1]]);
    }
    if (free.size === 0 && laneCount >= maxLanes) {
      nextFree = busy.peek()?.[0] ?? Infinity;
      overflow.push(i);
      continue;
    }
    const lane = free.size > 0 ? free.pop()![1] : laneCount++;
    lanes[i] = lane;
    busy.push([endOf(i) + gap, lane]);
    nextFree = busy.peek()![0];
  }
  const byAnchor = inOrder(anchors, n) ? overflowInOrder(lanes) : orderBy(overflow, anchors);
  const clusters: number[][] = [];
  let first = -Infinity;
  let last = -Infinity;
  let current: number[] | undefined;
  for (let k = 0; k < byAnchor.length; k++) {
    const i = byAnchor[k]!;
    const anchor = anchors[i]!;
    if (current && anchor - last <= clusterGap && anchor - first <= 3 * clusterGap) current.push(i);
    else {
      clusters.push((current = [i]));
      first = anchor;
    }
    last = anchor;
  }
  return { lanes, laneCount, clusters };
}

/** Whether keys[0..n) never decrease: sorting indices by key, then index, is then sorting them by index. */
function inOrder(keys: ArrayLike<number>, n: number): boolean {
  for (let i = 1; i < n; i++) if (!(keys[i - 1]! <= keys[i]!)) return false;
  return n <= keys.length;
}

/** The indices without a lane, in index order. */
function overflowInOrder(lanes: readonly number[]): number[] {
  const overflow: number[] = [];
  for (let i = 0; i < lanes.length; i++) if (lanes[i]! < 0) overflow.push(i);
  return overflow;
}

/**
 * `indices` sorted by key, then by index: what `indices.sort((a, b) => keys[a] - keys[b] || a - b)` gives
 * (`indices` itself when it is in that order already). Layout's lists come nearly in order (events by
 * date; only labels turned left at the right edge start earlier), so the longest run in order is kept,
 * only the rest is sorted, and the two are merged.
 */
export function orderBy(indices: readonly number[], keys: ArrayLike<number>): readonly number[] {
  const before = (a: number, b: number) => keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b);
  let run = indices.length > 0 ? 1 : 0;
  for (let a = indices[0]!, b: number; run < indices.length; run++, a = b) {
    b = indices[run]!;
    if (!(keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b))) break;
  }
  if (run === indices.length) return indices;
  for (const i of indices) if (Number.isNaN(keys[i])) return [...indices].sort((a, b) => keys[a]! - keys[b]! || a - b);
  const rest = indices.slice(run).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const merged = new Array<number>(indices.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < merged.length; k++) {
    if (j >= rest.length || (i < run && before(indices[i]!, rest[j]!))) merged[k] = indices[i++]!;
    else merged[k] = rest[j++]!;
  }
  return merged;
}
