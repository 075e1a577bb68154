/**
 * Dates with the precision their source supports.
 *
 * A date string is ISO 8601 at year, month or day precision ("1984", "2020-09",
 * "1990-03-26"). The precision follows from the string: nothing here ever
 * invents a month or a day. Instants are UTC so that a date means the same
 * thing in every time zone a reader may be in.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly iso: string;
  readonly precision: Precision;
  readonly year: number;
  /** 1–12, present at month and day precision. */
  readonly month?: number;
  /** 1–31, present at day precision. */
  readonly day?: number;
  /** The first instant the date covers (UTC ms): `startMs(date)`. */
  readonly from: number;
  /** The first instant after the period it covers (UTC ms): `endMs(date)`. */
  readonly to: number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The pattern a date string must match; shared with the schema. */
export const ISO_DATE_PATTERN = ISO_DATE.source;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const parsed = new Map<string, PartialDate | null>();
const MOST_PARSED = 50_000;

/**
 * Parses an ISO 8601 date at year, month or day precision; null when it is not a real date.
 * Remembered per string: validation, sorting and layout each read every event's dates, and
 * events share them.
 */
export function parseDate(iso: string): PartialDate | null {
  let date = parsed.get(iso);
  if (date === undefined) {
    if (parsed.size >= MOST_PARSED) parsed.clear();
    date = parseUncached(iso);
    parsed.set(iso, date);
  }
  return date;
}

// The instants are worked out once per date string: sorting, the bounds, layout and the checks all
// compare them, for every event of a big dataset. Read by character codes, as ISO_DATE reads it: a
// big dataset has tens of thousands of date strings, and a match would make an array and three strings each.
function parseUncached(iso: string): PartialDate | null {
  const length = iso.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digitsAt(iso, 0, 4);
  if (year < 1) return null; // not four digits, or year zero (there is none)
  if (length === 4) return { iso, precision: 'year', year, from: utcMs(year, 0, 1), to: utcMs(year + 1, 0, 1) };
  const month = iso.charCodeAt(4) === DASH ? digitsAt(iso, 5, 2) : -1;
  if (month < 1 || month > 12) return null;
  if (length === 7) return { iso, precision: 'month', year, month, from: utcMs(year, month - 1, 1), to: utcMs(year, month, 1) };
  const day = iso.charCodeAt(7) === DASH ? digitsAt(iso, 8, 2) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { iso, precision: 'day', year, month, day, from: utcMs(year, month - 1, day), to: utcMs(year, month - 1, day + 1) };
}

const DASH = 45; // "-"
const ZERO = 48; // "0"

/** The number written by `count` ASCII digits from `at`, or -1 if any is not one (ISO_DATE's \d). */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function isDate(iso: string): boolean {
  return parseDate(iso) !== null;
}

/** The UTC instant of a calendar day, in ms; month and day overflow roll over, as Date.UTC does. */
function utcMs(year: number, monthIndex: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999: those few go through a Date.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(Date.UTC(year, monthIndex, day));
  if (year >= 0) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return date.getTime();
}

/** The first instant the date covers (UTC ms): what layout, sorting and checks compare, with no Date made. */
export function startMs(date: PartialDate): number {
  return date.from;
}

/** The first instant after the period the date covers (UTC ms). */
export function endMs(date: PartialDate): number {
  return date.to;
}

/** The first instant the date covers (UTC). */
export function startOf(date: PartialDate): Date {
  return new Date(startMs(date));
}

/** The first instant after the period the date covers (UTC): a year-precision date covers its whole year. */
export function endOf(date: PartialDate): Date {
  return new Date(endMs(date));
}

/** Orders two date strings by the instant they start, then by precision (coarser first). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const byStart = startMs(a) - startMs(b);
  if (byStart !== 0) return byStart;
  return endMs(b) - endMs(a);
}

/** Whether a range's end is not entirely before its start ("2011-05" to "2011" is fine, "1990-06" to "1990-03" is not). */
export function isOrdered(start: PartialDate, end: PartialDate): boolean {
  return endMs(end) > startMs(start);
}
