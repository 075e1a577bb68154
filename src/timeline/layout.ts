/**
 * Where each event mark goes: its bar covers the period its date stands for
 * (a year-precision event covers its year), and its label sits right of the
 * bar's start. Lanes come from the label extents, so labels never overlap.
 */
import type { ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../data/schema';
import { assignLanes } from './lanes';
import { coverage } from './scale';
import { estimateTextWidth, truncateToWidth } from './textWidth';

export interface MarkLayout {
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
  readonly label: string;
  /** Where the label starts, or ends when `labelAnchor` is 'end' (labels near the right edge turn left). */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
}

export interface EventLayout {
  readonly marks: readonly MarkLayout[];
  readonly laneCount: number;
}

export interface LayoutOptions {
  readonly fontSize: number;
  /** Smallest drawn width of a bar, so a day is still visible. */
  readonly minBarWidth: number;
  /** Space kept between two labels in one lane. */
  readonly gap: number;
}

export const defaultLayoutOptions: LayoutOptions = { fontSize: 14, minBarWidth: 8, gap: 12 };

export function layoutEvents(
  events: readonly TimelineEvent[],
  scale: ScaleTime<number, number>,
  labelOf: (event: TimelineEvent) => string,
  options: LayoutOptions = defaultLayoutOptions,
): EventLayout {
  const [left, right] = [Math.min(...scale.range()), Math.max(...scale.range())];
  const placed = events.flatMap((event) => {
    const span = coverage(event);
    if (!span) return [];
    const x0 = scale(span[0]);
    const x1 = Math.max(scale(span[1]), x0 + options.minBarWidth);
    const label = truncateToWidth(labelOf(event), right - left, options.fontSize);
    const labelWidth = estimateTextWidth(label, options.fontSize);
    // Right of the bar's start if it fits, else ending at the bar's end, else flush with the left edge.
    const labelStart = x0 + labelWidth <= right ? x0 : Math.max(left, Math.min(x1, right) - labelWidth);
    const labelAnchor = labelStart === x0 ? ('start' as const) : ('end' as const);
    const labelX = labelAnchor === 'start' ? x0 : labelStart + labelWidth;
    const extent = { start: Math.min(x0, labelStart), end: Math.max(x1, labelStart + labelWidth) };
    return [{ id: event.id, x0, x1, label, labelX, labelAnchor, extent }];
  });
  const { lanes, laneCount } = assignLanes(
    placed.map((p) => p.extent),
    options.gap,
  );
  return {
    marks: placed.map(({ extent: _, ...mark }, i) => ({ ...mark, lane: lanes[i]! })),
    laneCount,
  };
}
