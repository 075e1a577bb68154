/**
 * A quick check that an event is valid, for big datasets: the schema
 * (schema.ts, valibot) costs some microseconds per event, most of the load of
 * 100,000 events. This check accepts no more than EventSchema does (a
 * property test holds it to that), so an event it accepts needs no schema
 * run; when any event fails it, validate.ts runs the schema over everything,
 * which names every problem. It knows the schema's keys (PLAIN_EVENT_KEYS);
 * a test fails when the schema gains one it does not check.
 */
import { isDate } from './dates';

/** Every key of EventSchema, each checked below as the schema checks it. */
export const PLAIN_EVENT_KEYS = [
  'id',
  'title',
  'title_zh',
  'start',
  'end',
  'approximate',
  'category',
  'summary',
  'summary_zh',
  'footnotes',
  'section',
  'dateSource',
  'dateSource_zh',
] as const;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const NOT_BLANK = /\S/;

export const isId = (value: unknown) => typeof value === 'string' && ID.test(value);
export const isText = (value: unknown) => typeof value === 'string';
export const isNonEmptyText = (value: unknown) => typeof value === 'string' && NOT_BLANK.test(value);
// isDate matches the schema's pattern (ISO_DATE_PATTERN) and checks the calendar.
export const isDateString = (value: unknown) => typeof value === 'string' && isDate(value);
export const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isBoolean = (value: unknown) => typeof value === 'boolean';

export function isFootnoteList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const n of value) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return false;
  }
  return true;
}

/** Whether EventSchema surely accepts `value` (false says nothing: let the schema tell). */
export function isPlainValidEvent(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  return (
    isId(e.id) &&
    isNonEmptyText(e.title) &&
    optional(e.title_zh, isNonEmptyText) &&
    isDateString(e.start) &&
    optional(e.end, isDateString) &&
    optional(e.approximate, isBoolean) &&
    isId(e.category) &&
    isText(e.summary) &&
    optional(e.summary_zh, isNonEmptyText) &&
    isFootnoteList(e.footnotes) &&
    optional(e.section, isText) &&
    optional(e.dateSource, isText) &&
    optional(e.dateSource_zh, isNonEmptyText)
  );
}
