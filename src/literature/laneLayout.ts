/**
 * Where each work's dot goes in the literature lane: one row per kind, a
 * few sub-rows per row, and count badges where works are too dense to draw
 * apart. A work dated to the day sits at its day; works dated only to a year
 * (or month) that share that date are spread evenly across it, so the
 * spread says "sometime that year" and zooming in separates them. Nothing is
 * dropped: every work is a dot or counted in exactly one badge.
 */
import { assignLanesCapped } from '../timeline/lanes';
import type { DatedWork, WorkRow } from './works';

export interface WorkDot {
  readonly id: string;
  readonly row: WorkRow;
  /** Sub-row within the row, 0 at the top. */
  readonly sub: number;
  readonly x: number;
}

export interface WorkCluster {
  readonly row: WorkRow;
  /** The counted works, by position. */
  readonly ids: readonly string[];
  readonly x0: number;
  readonly x1: number;
  readonly from: number;
  readonly to: number;
}

export interface LaneLayout {
  readonly dots: readonly WorkDot[];
  readonly clusters: readonly WorkCluster[];
  /** Where each work would sit (its dot, or its place under a badge): for spotlighting a counted work. */
  readonly xs: ReadonlyMap<string, number>;
}

export interface LaneLayoutOptions {
  /** Dot diameter in px; dots in one sub-row keep at least this much between centres. */
  readonly dot: number;
  /** Sub-rows of dots before works are counted in a badge. */
  readonly subRows: number;
  /** Badges closer than this (px) merge. */
  readonly clusterGap: number;
}

/** Lays out works along `x` (time in ms → px). `works` in date order, as `worksOf` returns them. */
export function layoutWorks(works: readonly DatedWork[], x: (ms: number) => number, options: LaneLayoutOptions): LaneLayout {
  const byRow = new Map<WorkRow, DatedWork[]>();
  for (const work of works) byRow.set(work.row, [...(byRow.get(work.row) ?? []), work]);
  const dots: WorkDot[] = [];
  const clusters: WorkCluster[] = [];
  const xs = new Map<string, number>();
  for (const [row, items] of byRow) {
    const positions = spread(items, x);
    items.forEach((work, i) => xs.set(work.reference.id, positions[i]!));
    const half = options.dot / 2;
    const { lanes, clusters: groups } = assignLanesCapped(
      positions.map((p) => ({ start: p - half, end: p + half })),
      1,
      options.subRows,
      positions,
      options.clusterGap,
    );
    items.forEach((work, i) => {
      if (lanes[i]! >= 0) dots.push({ id: work.reference.id, row, sub: lanes[i]!, x: positions[i]! });
    });
    for (const members of groups) {
      const counted = members.map((i) => items[i]!);
      const at = members.map((i) => positions[i]!);
      clusters.push({
        row,
        ids: counted.map((w) => w.reference.id),
        x0: Math.min(...at),
        x1: Math.max(...at),
        from: Math.min(...counted.map((w) => w.from)),
        to: Math.max(...counted.map((w) => w.to)),
      });
    }
  }
  return { dots, clusters, xs };
}

/** A position per work: the day for day-precision works; works sharing a coarser date spread across it. */
function spread(items: readonly DatedWork[], x: (ms: number) => number): number[] {
  const shared = new Map<string, number[]>();
  items.forEach((work, i) => {
    if (work.date.precision === 'day') return;
    shared.set(work.date.iso, [...(shared.get(work.date.iso) ?? []), i]);
  });
  const positions = items.map((work) => x((work.from + work.to) / 2));
  for (const members of shared.values()) {
    const first = items[members[0]!]!;
    const left = x(first.from);
    const right = x(first.to);
    members.forEach((index, k) => {
      positions[index] = left + ((k + 0.5) / members.length) * (right - left);
    });
  }
  return positions;
}
