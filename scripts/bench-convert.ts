/**
 * Our dataset in the native formats of the peers the benchmark compares with,
 * converted the same way for both: an event becomes a point at the first
 * instant its start date covers, or a range from there to the end of its end
 * date (as our timeline draws it); its category is the group; its title is the
 * text. Both peers insert these strings as HTML, so they are escaped here.
 */
import { endOf, parseDate, startOf } from '../src/data/dates';
import type { Dataset, TimelineEvent } from '../src/data/schema';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function span(event: TimelineEvent): { from: number; to: number | null } {
  const start = parseDate(event.start);
  if (!start) throw new Error(`${event.id}: bad start ${event.start}`);
  if (event.end === undefined) return { from: startOf(start).getTime(), to: null };
  const end = parseDate(event.end);
  if (!end) throw new Error(`${event.id}: bad end ${event.end}`);
  return { from: startOf(start).getTime(), to: endOf(end).getTime() };
}

export interface VisData {
  readonly groups: { id: string; content: string }[];
  readonly items: { id: string; group: string; content: string; start: number; end?: number; type: 'point' | 'range' }[];
}

/** vis-timeline's DataSet items (times in ms since 1970, which vis takes as they are) and one group per category. */
export function toVisTimeline(dataset: Dataset): VisData {
  return {
    groups: dataset.categories.map((c) => ({ id: c.id, content: escapeHtml(c.label) })),
    items: dataset.events.map((event) => {
      const { from, to } = span(event);
      const content = escapeHtml(event.title);
      return to === null
        ? { id: event.id, group: event.category, content, start: from, type: 'point' as const }
        : { id: event.id, group: event.category, content, start: from, end: to, type: 'range' as const };
    }),
  };
}

interface TlDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsData {
  readonly events: {
    unique_id: string;
    start_date: TlDate;
    end_date?: TlDate;
    text: { headline: string; text: string };
    group: string;
  }[];
}

/** TimelineJS 3 slides: its own {year, month, day} dates, at the precision we have (so no conversion to instants). */
export function toTimelineJs(dataset: Dataset): TimelineJsData {
  const labels = new Map(dataset.categories.map((c) => [c.id, c.label]));
  const tlDate = (iso: string): TlDate => {
    const date = parseDate(iso);
    if (!date) throw new Error(`bad date ${iso}`);
    return { year: date.year, ...(date.month ? { month: date.month } : {}), ...(date.day ? { day: date.day } : {}) };
  };
  return {
    events: dataset.events.map((event) => ({
      unique_id: event.id,
      start_date: tlDate(event.start),
      ...(event.end === undefined ? {} : { end_date: tlDate(event.end) }),
      text: { headline: escapeHtml(event.title), text: escapeHtml(event.summary) },
      group: escapeHtml(labels.get(event.category) ?? event.category),
    })),
  };
}
