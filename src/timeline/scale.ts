import { scaleTime, type TimeScale } from './timeScale';
import { utcYear } from 'd3-time';
import { endMs, parseDate, startMs } from '../data/dates';

export interface Dated {
  readonly start: string;
  readonly end?: string;
}

/** The instants a dated item covers: from the start of its start to the end of its end, at their precisions. */
export function coverage(item: Dated): [Date, Date] | null {
  const span = coverageMs(item);
  return span ? [new Date(span[0]), new Date(span[1])] : null;
}

const spans = new Map<string, readonly [number, number] | null>();
const MOST_SPANS = 100_000;

/**
 * `coverage` in UTC milliseconds. Remembered per date (and end date): many
 * events share their dates, and layout, the overview and the bounds each ask
 * for every event's.
 */
export function coverageMs(item: Dated): readonly [number, number] | null {
  const key = item.end === undefined ? item.start : `${item.start}/${item.end}`;
  let span = spans.get(key);
  if (span === undefined) {
    if (spans.size >= MOST_SPANS) spans.clear();
    const from = parseDate(item.start);
    const to = item.end === undefined ? from : parseDate(item.end);
    span = from && to ? [startMs(from), endMs(to)] : null;
    spans.set(key, span);
  }
  return span;
}

/** The full span of the items, widened to whole years; null for no items. */
export function dataExtent(items: readonly Dated[]): [Date, Date] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    const span = coverageMs(item);
    if (!span) continue;
    min = Math.min(min, span[0]);
    max = Math.max(max, span[1]);
  }
  if (min > max) return null;
  return [utcYear.floor(new Date(min)), utcYear.ceil(new Date(max))];
}

/** The base time scale over the data's span: one per dataset and width; zoom derives the visible one from it. */
export function createTimeScale(extent: [Date, Date], width: number, padding = 24): TimeScale {
  return scaleTime(extent, [padding, Math.max(padding + 1, width - padding)]);
}
