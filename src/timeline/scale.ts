import { scaleTime, type TimeScale } from './timeScale';
import { utcYear } from 'd3-time';
import { parseDate } from '../data/dates';

export interface Dated {
  readonly start: string;
  readonly end?: string;
}

/** The instants a dated item covers: from the start of its start to the end of its end, at their precisions. */
export function coverage(item: Dated): [Date, Date] | null {
  const span = coverageMs(item);
  return span ? [new Date(span[0]), new Date(span[1])] : null;
}

/** `coverage` in UTC milliseconds (each date's instants are worked out once, when it is first parsed). */
export function coverageMs(item: Dated): readonly [number, number] | null {
  const from = parseDate(item.start);
  const to = item.end === undefined ? from : parseDate(item.end);
  return from && to ? [from.from, to.to] : null;
}

/** The full span of the items, widened to whole years; null for no items. */
export function dataExtent(items: readonly Dated[]): [Date, Date] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    const from = parseDate(item.start);
    const to = item.end === undefined ? from : parseDate(item.end);
    if (!from || !to) continue;
    if (from.from < min) min = from.from;
    if (to.to > max) max = to.to;
  }
  if (min > max) return null;
  return [utcYear.floor(new Date(min)), utcYear.ceil(new Date(max))];
}

/** The base time scale over the data's span: one per dataset and width; zoom derives the visible one from it. */
export function createTimeScale(extent: [Date, Date], width: number, padding = 24): TimeScale {
  return scaleTime(extent, [padding, Math.max(padding + 1, width - padding)]);
}
