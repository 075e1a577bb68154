/**
 * Axis ticks for the zoomable timeline: decades, years, months or days,
 * whichever is the finest step whose labels fit without overlapping.
 *
 * Pure layout math (no React, no DOM). Instants are UTC; labels are date-fns
 * patterns written out from the UTC calendar fields (datePattern.ts), so the
 * viewer's time zone never moves a label.
 *
 * Label geometry the overlap rule assumes (the renderer must draw it so):
 *  - primary ticks (`ticks`): label centred on `x` (SVG text-anchor "middle");
 *  - context ticks (`context`): label starting at `x` (text-anchor "start").
 *
 * The step depends only on the zoom (pixels per millisecond), the font size
 * and the gap, never on where the window is, and ticks sit on fixed calendar
 * boundaries, so panning at one zoom keeps every tick's date and label.
 *
 * Labels are English ("Jun", "June 1990") or Chinese ("6月", "1990年6月")
 * (`lang`); widths are estimated per language, CJK characters at a full em.
 */
import type { TimeScale } from './timeScale';
import { formatPattern } from '../data/datePattern';
import { dateLocale, type DateLocale } from '../i18n/packs';
import { estimateTextWidth } from './textWidth';

/** The label language: "Jun", "June 2014" or "6月", "2014年6月". */
export type TickLang = 'en' | 'zh';

export type TickLevel = 'decade' | 'year' | 'month' | 'day';

export interface Tick {
  readonly value: Date;
  readonly x: number;
  readonly label: string;
  /** At a boundary of the next coarser unit (a decade at year level, a January at month level, the 1st at day level). */
  readonly major: boolean;
}

export interface AxisTicks {
  readonly level: TickLevel;
  /** The primary row; labels centred on x. */
  readonly ticks: readonly Tick[];
  /**
   * A second row giving context, labels starting at x: the years at month
   * level, "March 1990" at day level; [] at decade and year level. Labels at
   * a year (month) start are major; the one for the year (month) already in
   * view at the left edge is not major and sits at the left edge.
   */
  readonly context: readonly Tick[];
}

export interface TickOptions {
  /** Label font size in px (default 13). */
  readonly fontSize?: number;
  /** Least free space between two labels in px (default 12). */
  readonly minGap?: number;
  /** The data's sensible extent: no tick falls outside it. */
  readonly bounds?: readonly [Date, Date];
  /** The labels' language (default English). */
  readonly lang?: TickLang;
}

/** How the renderer must anchor labels for the overlap guarantee to hold. */
export const TICK_LABEL_ANCHOR = 'middle';
export const CONTEXT_LABEL_ANCHOR = 'start';

export const DEFAULT_TICK_FONT_SIZE = 13;
export const DEFAULT_TICK_GAP = 12;

type Unit = 'year' | 'month' | 'day';

interface Step {
  readonly level: TickLevel;
  readonly unit: Unit;
  readonly count: number;
  /** The shortest possible distance between two neighbouring ticks, in days. */
  readonly minDays: number;
}

const DAY_MS = 86_400_000;
/** No step is tried that would produce more candidates than this in the visible window. */
const MAX_CANDIDATES = 500;
/** Tolerance for float noise in pixel comparisons. */
const EPSILON = 1e-6;

const yearStep = (count: number): Step => ({ level: count >= 10 ? 'decade' : 'year', unit: 'year', count, minDays: 365 * count });

/** Finest first. Month steps are aligned to January; day steps restart on the 1st of each month. */
const STEPS: readonly Step[] = [
  { level: 'day', unit: 'day', count: 1, minDays: 1 },
  { level: 'day', unit: 'day', count: 2, minDays: 2 },
  { level: 'day', unit: 'day', count: 7, minDays: 7 },
  { level: 'day', unit: 'day', count: 14, minDays: 14 },
  { level: 'month', unit: 'month', count: 1, minDays: 28 },
  { level: 'month', unit: 'month', count: 3, minDays: 90 }, // Jan–Mar of a common year
  { level: 'month', unit: 'month', count: 6, minDays: 181 }, // Jan–Jun of a common year
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000].map(yearStep),
];

/** Context rows: every k-th year at month level. */
const YEAR_CONTEXT_STEPS: readonly Step[] = [1, 2, 5, 10].map(yearStep);
/** Context rows: every k-th month at day level (k months are at least this many days). */
const MONTH_CONTEXT_STEPS: readonly Step[] = [
  { level: 'month', unit: 'month', count: 1, minDays: 28 },
  { level: 'month', unit: 'month', count: 2, minDays: 59 },
  { level: 'month', unit: 'month', count: 3, minDays: 90 },
  { level: 'month', unit: 'month', count: 6, minDays: 181 },
  { level: 'month', unit: 'month', count: 12, minDays: 365 },
];

// ---- calendar helpers (UTC) ----

/** Midnight UTC of a calendar day; unlike Date.UTC, keeps years 0–99. */
function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}


function daysInMonth(year: number, monthIndex: number): number {
  return utc(year, monthIndex + 1, 0).getUTCDate();
}

const FIRST_YEAR_MS = utc(1, 0, 1).getTime();

/** How each language labels ticks: the date-fns locale and the patterns of the rows. */
interface TickFormats {
  readonly primary: Readonly<Record<Unit, string>>;
  /** Context row under month ticks. */
  readonly year: string;
  /** Context row under day ticks: the full month name where there is room, else the short one. */
  readonly monthLong: string;
  readonly monthShort: string;
}

const FORMATS: Readonly<Record<TickLang, TickFormats>> = {
  en: { primary: { year: 'y', month: 'MMM', day: 'd' }, year: 'y', monthLong: 'MMMM y', monthShort: 'MMM y' },
  zh: {
    primary: { year: "y'年'", month: "M'月'", day: "d'日'" },
    year: "y'年'",
    monthLong: "y'年'M'月'",
    monthShort: "y'年'M'月'",
  },
};

function label(value: Date, pattern: string, locale: DateLocale): string {
  return formatPattern({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() }, pattern, locale);
}

function isMajor(value: Date, step: Step): boolean {
  switch (step.unit) {
    case 'day':
      return value.getUTCDate() === 1;
    case 'month':
      return value.getUTCMonth() === 0;
    case 'year': {
      let unit = 10;
      while (unit <= step.count) unit *= 10;
      return value.getUTCFullYear() % unit === 0;
    }
  }
}

/** The step's calendar boundaries in [lo, hi] (ms), in order; lo is at or after 1 January of year 1. */
function boundaries(step: Step, lo: number, hi: number): Date[] {
  const out: Date[] = [];
  const start = new Date(lo);
  const n = step.count;
  switch (step.unit) {
    case 'year': {
      let year = start.getUTCFullYear();
      if (utc(year, 0, 1).getTime() < lo) year++;
      year = Math.max(n, Math.ceil(year / n) * n);
      for (let date = utc(year, 0, 1); date.getTime() <= hi; year += n, date = utc(year, 0, 1)) out.push(date);
      break;
    }
    case 'month': {
      let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
      if (utc(Math.floor(index / 12), index % 12, 1).getTime() < lo) index++;
      index = Math.ceil(index / n) * n;
      for (;;) {
        const date = utc(Math.floor(index / 12), index % 12, 1);
        if (date.getTime() > hi) break;
        out.push(date);
        index += n;
      }
      break;
    }
    case 'day': {
      // Days 1, 1+n, 1+2n … of each month, leaving out any closer than n days to the next 1st.
      let year = start.getUTCFullYear();
      let month = start.getUTCMonth();
      for (;;) {
        if (utc(year, month, 1).getTime() > hi) break;
        const length = daysInMonth(year, month);
        for (let day = 1; day <= length && length + 1 - day >= n; day += n) {
          const date = utc(year, month, day);
          const time = date.getTime();
          if (time > hi) break;
          if (time >= lo) out.push(date);
        }
        month++;
        if (month === 12) {
          month = 0;
          year++;
        }
      }
      break;
    }
  }
  return out;
}

// ---- label formats and their widest possible text ----

/** The widest label a pattern can produce for any date whose year has at most `digits` digits. */
const widestCache = new Map<string, number>();

function widestLabel(pattern: string, locale: DateLocale, digits: number, fontSize: number): number {
  const key = `${locale.code ?? ''}|${pattern}|${digits}|${fontSize}`;
  const cached = widestCache.get(key);
  if (cached !== undefined) return cached;
  const year = 10 ** (digits - 1); // every digit is as wide as any other in the estimate
  let widest = 0;
  for (let month = 0; month < 12; month++) {
    for (const day of [1, 28, 31]) {
      widest = Math.max(widest, estimateTextWidth(formatPattern({ year, month: month + 1, day: Math.min(day, daysInMonth(2000, month)) }, pattern, locale), fontSize));
    }
  }
  widestCache.set(key, widest);
  return widest;
}

function yearDigits(year: number): number {
  return Math.max(4, String(Math.abs(year)).length);
}

// ---- row builders ----

function makeTicks(values: readonly Date[], step: Step, pattern: string, locale: DateLocale, scale: TimeScale): Tick[] {
  return values.map((value) => ({ value, x: scale(value), label: label(value, pattern, locale), major: isMajor(value, step) }));
}

function centredFit(ticks: readonly Tick[], fontSize: number, minGap: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    const need = (estimateTextWidth(a.label, fontSize) + estimateTextWidth(b.label, fontSize)) / 2 + minGap;
    if (b.x - a.x < need - EPSILON) return false;
  }
  return true;
}

function startFit(ticks: readonly Tick[], fontSize: number, minGap: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    if (b.x - a.x < estimateTextWidth(a.label, fontSize) + minGap - EPSILON) return false;
  }
  return true;
}

function contextRow(
  formats: TickFormats & { readonly locale: DateLocale },
  level: TickLevel,
  scale: TimeScale,
  lo: number,
  hi: number,
  density: number,
  digits: number,
  fontSize: number,
  minGap: number,
): Tick[] {
  let options: readonly { step: Step; pattern: string }[];
  if (level === 'month') options = YEAR_CONTEXT_STEPS.map((step) => ({ step, pattern: formats.year }));
  else if (level === 'day')
    options = [
      { step: MONTH_CONTEXT_STEPS[0]!, pattern: formats.monthLong },
      ...MONTH_CONTEXT_STEPS.map((step) => ({ step, pattern: formats.monthShort })),
    ];
  else return [];

  for (const { step, pattern } of options) {
    const need = widestLabel(pattern, formats.locale, digits, fontSize) + minGap;
    if (step.minDays * DAY_MS * density < need - EPSILON) continue;
    const row = boundaries(step, lo, hi).map((value): Tick => ({ value, x: scale(value), label: label(value, pattern, formats.locale), major: true }));
    if (!startFit(row, fontSize, minGap)) continue;
    // The year (month) already in view at the left edge, unless its label would run into the first boundary's.
    const edgeValue = new Date(lo);
    const edge: Tick = { value: edgeValue, x: scale(edgeValue), label: label(edgeValue, pattern, formats.locale), major: false };
    const first = row[0];
    if (!first || first.x - edge.x >= estimateTextWidth(edge.label, fontSize) + minGap - EPSILON) row.unshift(edge);
    return row;
  }
  return [];
}

/**
 * The axis ticks for a (zoomed) UTC time scale: the finest step among 1, 2,
 * 7 and 14 days, 1, 3 and 6 months, 1, 2 and 5 years and 10, 20, 50, 100 …
 * years whose labels fit, so that no two labels overlap (estimated width +
 * minGap). Ticks lie inside the scale's domain, inside `bounds` if given, and
 * never in a year before 1.
 */
export function computeTicks(scale: TimeScale, options: TickOptions = {}): AxisTicks {
  const fontSize = options.fontSize ?? DEFAULT_TICK_FONT_SIZE;
  const minGap = options.minGap ?? DEFAULT_TICK_GAP;
  const lang = options.lang ?? 'en';
  const formats = { ...FORMATS[lang], locale: dateLocale(lang) };
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const span = Math.abs(d1 - d0);
  const density = Math.abs(r1 - r0) / span; // px per ms: depends on the zoom only, not on panning
  if (!Number.isFinite(density) || density <= 0) return { level: 'day', ticks: [], context: [] };

  let lo = Math.max(Math.min(d0, d1), FIRST_YEAR_MS);
  let hi = Math.max(d0, d1);
  if (options.bounds) {
    const [b0, b1] = options.bounds.map((d) => d.getTime()) as [number, number];
    lo = Math.max(lo, Math.min(b0, b1));
    hi = Math.min(hi, Math.max(b0, b1));
  }
  const digits = yearDigits(Math.max(d0, d1) >= FIRST_YEAR_MS ? new Date(Math.max(d0, d1)).getUTCFullYear() : 1);

  for (const step of STEPS) {
    const pattern = formats.primary[step.unit];
    const stepMs = step.minDays * DAY_MS;
    if (stepMs * density < widestLabel(pattern, formats.locale, digits, fontSize) + minGap - EPSILON) continue;
    if (lo > hi) return { level: step.level, ticks: [], context: [] };
    if ((hi - lo) / stepMs > MAX_CANDIDATES) continue;
    const ticks = makeTicks(boundaries(step, lo, hi), step, pattern, formats.locale, scale);
    if (!centredFit(ticks, fontSize, minGap)) continue;
    return { level: step.level, ticks, context: contextRow(formats, step.level, scale, lo, hi, density, digits, fontSize, minGap) };
  }
  return { level: 'decade', ticks: [], context: [] };
}

/**
 * A label for one tick of a d3 time scale's own ticks (the overview strips),
 * at the precision the tick marks: a year on 1 January ("2014", "2014年"), a
 * month on the 1st ("Jun", "6月"), else a day ("14 Jun", "6月14日"). Like
 * d3's multi-scale tickFormat, in the interface language, in UTC.
 */
export function formatTickDate(value: Date, lang: TickLang = 'en'): string {
  const formats = { ...FORMATS[lang], locale: dateLocale(lang) };
  const day = value.getUTCDate();
  const pattern = day !== 1 ? (lang === 'zh' ? "M'月'd'日'" : 'd MMM') : value.getUTCMonth() !== 0 ? formats.primary.month : formats.primary.year;
  return label(value, pattern, formats.locale);
}
