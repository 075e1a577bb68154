/**
 * Many events in few pixels, drawn as a density band: positions counted per
 * bin (a column of a few pixels) and per group (a category), then each bin
 * drawn as a column whose height grows with its count, split by group. The
 * overview strip and the traces inside big count badges use it, so they draw
 * a few paths rather than one element per event; every event is counted in
 * exactly one bin.
 */

export interface DensityBin {
  /** The bin's left edge: bin k covers [origin + k·width, origin + (k + 1)·width). */
  readonly x: number;
  /** How many positions fall in the bin, per group. */
  readonly counts: readonly number[];
  readonly total: number;
}

/**
 * Counts each position `xs[i]` (finite) in group `groups[i]` (0 ≤ group <
 * groupCount) per bin of `binWidth` from `origin`: every position in exactly
 * one bin. Only bins with something in them, left to right.
 */
export function binPositions(xs: ArrayLike<number>, groups: ArrayLike<number>, groupCount: number, binWidth: number, origin = 0): DensityBin[] {
  const byBin = new Map<number, number[]>();
  for (let i = 0; i < xs.length; i++) {
    const bin = Math.floor((xs[i]! - origin) / binWidth);
    let counts = byBin.get(bin);
    if (!counts) byBin.set(bin, (counts = new Array<number>(groupCount).fill(0)));
    counts[groups[i]!]!++;
  }
  return [...byBin.keys()]
    .sort((a, b) => a - b)
    .map((bin) => {
      const counts = byBin.get(bin)!;
      let total = 0;
      for (const count of counts) total += count;
      return { x: origin + bin * binWidth, counts, total };
    });
}

export interface DensityRect {
  readonly group: number;
  readonly x: number;
  /** Top edge; columns stand on `baseline`. */
  readonly y: number;
  readonly height: number;
}

/**
 * Each bin as a column standing on `baseline`: `minHeight` for one event, up
 * to `maxHeight` for the fullest bin (square-root scale, so sparse bins stay
 * visible), split into one rect per group with events there, in group order
 * from the bottom, each as tall as its share.
 */
export function stackBins(bins: readonly DensityBin[], baseline: number, maxHeight: number, minHeight: number): DensityRect[] {
  let fullest = 0;
  for (const bin of bins) fullest = Math.max(fullest, bin.total);
  const rects: DensityRect[] = [];
  for (const bin of bins) {
    if (bin.total === 0) continue;
    const height = fullest <= 1 ? maxHeight : minHeight + (maxHeight - minHeight) * Math.sqrt((bin.total - 1) / (fullest - 1));
    let bottom = baseline;
    bin.counts.forEach((count, group) => {
      if (count === 0) return;
      const part = (height * count) / bin.total;
      rects.push({ group, x: bin.x, y: bottom - part, height: part });
      bottom -= part;
    });
  }
  return rects;
}

/** One SVG path per group: its rects, each `width` wide from its x. Groups without rects are absent. */
export function rectPaths(rects: readonly DensityRect[], width: number, x: (value: number) => number = (value) => value): Map<number, string> {
  const parts = new Map<number, string[]>();
  const round = (value: number) => Math.round(value * 100) / 100;
  for (const rect of rects) {
    let list = parts.get(rect.group);
    if (!list) parts.set(rect.group, (list = []));
    list.push(`M${round(x(rect.x))},${round(rect.y)}h${round(width)}v${round(rect.height)}h${round(-width)}Z`);
  }
  return new Map([...parts].map(([group, list]) => [group, list.join('')]));
}
