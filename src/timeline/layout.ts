/**
 * Where each event mark goes, in "world" pixels: the base scale stretched by a
 * zoom level. Its bar covers the period its date stands for (a year-precision
 * event covers its year) and its label sits right of the bar's start, or ends
 * at the bar's end near the right edge. Lanes come from the label extents, so
 * labels never overlap; what does not fit in `maxLanes` lanes is counted in a
 * cluster badge. Computed once per dataset, width and zoom level: panning only
 * translates it, so nothing jumps.
 */
import type { ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../data/schema';
import { assignLanesCapped } from './lanes';
import { coverage } from './scale';
import { estimateTextWidth, truncateToWidth } from './textWidth';

export interface MarkLayout {
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
  readonly label: string;
  /** Where the label starts, or ends when `labelAnchor` is 'end'. */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
}

export interface ClusterLayout {
  /** The events counted in the badge, in date order. */
  readonly ids: readonly string[];
  /** Where each clustered event starts (world px), for the small rug marks inside the badge. */
  readonly xs: readonly number[];
  readonly x0: number;
  readonly x1: number;
  /** The instants the clustered events cover, for "zoom in on click". */
  readonly from: number;
  readonly to: number;
}

export interface EventLayout {
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly ClusterLayout[];
  readonly laneCount: number;
}

export interface LayoutOptions {
  readonly fontSize: number;
  /** Smallest drawn width of a bar, so a day is still visible. */
  readonly minBarWidth: number;
  /** Space kept between two labels in one lane. */
  readonly gap: number;
  /** Room before the label for the category symbol. */
  readonly symbolSpace: number;
  readonly maxLanes: number;
  /** Overflowing marks closer than this (px) share one badge. */
  readonly clusterGap: number;
  /** Longer labels are cut with an ellipsis (the full title is in the mark's name and the details). */
  readonly maxLabelWidth: number;
}

export const defaultLayoutOptions: LayoutOptions = {
  fontSize: 15,
  minBarWidth: 6,
  gap: 14,
  symbolSpace: 0,
  maxLanes: Infinity,
  clusterGap: 60,
  maxLabelWidth: Infinity,
};

/**
 * Lays out events along `scale` (whose range is the world width at this zoom
 * level). `visibleWidth` bounds a label's width, so a label always fits on screen.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  scale: ScaleTime<number, number>,
  labelOf: (event: TimelineEvent) => string,
  options: Partial<LayoutOptions> = {},
  visibleWidth?: number,
): EventLayout {
  const o = { ...defaultLayoutOptions, ...options };
  const [left, right] = [Math.min(...scale.range()), Math.max(...scale.range())];
  const maxLabel = Math.max(40, Math.min(o.maxLabelWidth, (visibleWidth ?? right - left) - o.symbolSpace - 8));
  const placed = events.flatMap((event) => {
    const span = coverage(event);
    if (!span) return [];
    const x0 = scale(span[0]);
    const x1 = Math.max(scale(span[1]), x0 + o.minBarWidth);
    const label = truncateToWidth(labelOf(event), maxLabel, o.fontSize);
    const width = estimateTextWidth(label, o.fontSize) + o.symbolSpace;
    // Right of the bar's start if it fits, else ending at the bar's end, else flush with the left edge.
    const start = x0 + width <= right ? x0 : Math.max(left, Math.min(x1, right) - width);
    const labelAnchor = start === x0 ? ('start' as const) : ('end' as const);
    const labelX = labelAnchor === 'start' ? x0 + o.symbolSpace : start + width;
    return [{ id: event.id, x0, x1, label, labelX, labelAnchor, span, extent: { start: Math.min(x0, start), end: Math.max(x1, start + width) } }];
  });
  const { lanes, laneCount, clusters } = assignLanesCapped(
    placed.map((p) => p.extent),
    o.gap,
    o.maxLanes,
    placed.map((p) => p.x0),
    o.clusterGap,
  );
  const marks: MarkLayout[] = [];
  placed.forEach(({ extent: _, span: __, ...mark }, i) => {
    if (lanes[i]! >= 0) marks.push({ ...mark, lane: lanes[i]! });
  });
  return {
    marks,
    laneCount,
    clusters: clusters.map((members) => {
      const items = members.map((i) => placed[i]!);
      return {
        ids: items.map((p) => p.id),
        xs: items.map((p) => p.x0),
        // The badge spans the clustered marks' starts (their anchors), not their bars, so badges stay apart.
        x0: Math.min(...items.map((p) => p.x0)),
        x1: Math.max(...items.map((p) => p.x0)),
        from: Math.min(...items.map((p) => p.span[0].getTime())),
        to: Math.max(...items.map((p) => p.span[1].getTime())),
      };
    }),
  };
}
