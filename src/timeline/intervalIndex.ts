/**
 * Which intervals meet a window, without looking at all of them: the
 * intervals sorted by start, with the running maximum of their ends. A query
 * finds by binary search the first interval whose running maximum reaches
 * the window (nothing before it can) and the last one starting inside it
 * (nothing after it can), then checks the ones in between. Built once per
 * layout, queried at every frame: culling marks to the screen costs
 * O(log n + k) for k marks near it instead of O(n).
 */

export interface IntervalIndex {
  /** Interval indices by start (ties by index). */
  readonly order: Int32Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** runningEnd[i]: the largest end among order[0..i]. */
  readonly runningEnd: Float64Array;
}

/** Indexes intervals [starts[i], ends[i]] (an end before its start is read as the start). */
export function createIntervalIndex(starts: ArrayLike<number>, ends: ArrayLike<number>): IntervalIndex {
  const n = starts.length;
  const byStart = new Array<number>(n);
  for (let i = 0; i < n; i++) byStart[i] = i;
  byStart.sort((a, b) => starts[a]! - starts[b]! || a - b);
  const order = Int32Array.from(byStart);
  const sortedStarts = new Float64Array(n);
  const sortedEnds = new Float64Array(n);
  const runningEnd = new Float64Array(n);
  let most = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    sortedStarts[k] = starts[i]!;
    sortedEnds[k] = Math.max(starts[i]!, ends[i]!);
    most = Math.max(most, sortedEnds[k]!);
    runningEnd[k] = most;
  }
  return { order, starts: sortedStarts, ends: sortedEnds, runningEnd };
}

/** The first position in a non-decreasing array whose value is at least `value` (its length if none is). */
function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in a non-decreasing array whose value is above `value`. */
function upperBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The indices of the intervals that meet [from, to] (end ≥ from and
 * start ≤ to, edges included), by start: exactly what a scan of every
 * interval would return.
 */
export function queryIntervals(index: IntervalIndex, from: number, to: number): number[] {
  const found: number[] = [];
  if (!(from <= to)) return found;
  const first = lowerBound(index.runningEnd, from);
  const last = upperBound(index.starts, to);
  for (let k = first; k < last; k++) {
    if (index.ends[k]! >= from) found.push(index.order[k]!);
  }
  return found;
}
