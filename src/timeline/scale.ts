import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import { endOf, parseDate, startOf } from '../data/dates';

export interface Dated {
  readonly start: string;
  readonly end?: string;
}

/** The instants a dated item covers: from the start of its start to the end of its end, at their precisions. */
export function coverage(item: Dated): [Date, Date] | null {
  const from = parseDate(item.start);
  const to = item.end === undefined ? from : parseDate(item.end);
  if (!from || !to) return null;
  return [startOf(from), endOf(to)];
}

/** The full span of the items, widened to whole years; null for no items. */
export function dataExtent(items: readonly Dated[]): [Date, Date] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    const span = coverage(item);
    if (!span) continue;
    min = Math.min(min, span[0].getTime());
    max = Math.max(max, span[1].getTime());
  }
  if (min > max) return null;
  return [utcYear.floor(new Date(min)), utcYear.ceil(new Date(max))];
}

/** The base time scale over the data's span: one per dataset and width; zoom derives the visible one from it. */
export function createTimeScale(extent: [Date, Date], width: number, padding = 24): ScaleTime<number, number> {
  return scaleUtc().domain(extent).range([padding, Math.max(padding + 1, width - padding)]);
}
