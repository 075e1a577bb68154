/**
 * Dates in words, at the precision the data has, in the interface language:
 *
 *   en: "26 March 1990", "September 2020", "1984", "2009–2011", "about 2011–2012"
 *   zh: "1990年3月26日", "2020年9月", "1984年", "2009–2011年", "约2011–2012年"
 *
 * Labels are date-fns patterns written out with the language's date-fns
 * locale (datePattern.ts), from the calendar fields themselves, so no time
 * zone can move a day.
 * `lang` defaults to the interface language (see i18n/messages.ts).
 */
import { dateLocale } from '../i18n/packs';
import { parseDate, type PartialDate } from './dates';
import { formatPattern, type CalendarFields } from './datePattern';
import { currentLang, t, type Lang } from '../i18n/messages';

export type { Lang };

function fields(date: PartialDate): CalendarFields {
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

/** How one language writes a date at each precision. */
interface DateStyle {
  readonly year: (year: number) => string;
  readonly month: string;
  readonly day: string;
  readonly shortMonth: string;
  readonly shortDay: string;
  /** Two years: "2009–2011", "2009–2011年". */
  readonly years: (from: number, to: number) => string;
  /** Two months of one year: "July–December 2021", "2021年7月–12月". */
  readonly months: (from: CalendarFields, to: CalendarFields) => string;
}

const STYLES: Readonly<Record<Lang, DateStyle>> = {
  en: {
    year: String,
    month: 'MMMM yyyy',
    day: 'd MMMM yyyy',
    shortMonth: 'MMM yyyy',
    shortDay: 'd MMM yyyy',
    years: (from, to) => `${from}–${to}`,
    months: (from, to) => `${formatPattern(from, 'MMMM', dateLocale('en'))}–${formatPattern(to, 'MMMM yyyy', dateLocale('en'))}`,
  },
  zh: {
    year: (year) => `${year}年`,
    month: "y'年'M'月'",
    day: "y'年'M'月'd'日'", // zh-CN's long date (its PPP)
    shortMonth: "y'年'M'月'",
    shortDay: "y'年'M'月'd'日'",
    years: (from, to) => `${from}–${to}年`,
    months: (from, to) => `${formatPattern(from, "y'年'M'月'", dateLocale('zh'))}–${formatPattern(to, "M'月'", dateLocale('zh'))}`,
  },
};

const DAY_SLOT = '\u0000';

/** A day pattern with its day token ("d") as a placeholder (not a letter, so it is copied as it is): "d MMM yyyy" → "\u0000 MMM yyyy". */
function dayTemplatePattern(pattern: string): string {
  return pattern
    .split(/('[^']*')/)
    .map((part) => (part.startsWith("'") ? part : part.replace(/(?<!d)d(?!d)/, DAY_SLOT)))
    .join('');
}

/** Month texts (with a slot for the day in a day pattern), per language, pattern, year and month: a big dataset has thousands of days but few months. */
const monthTexts = new Map<string, string>();

function formatAt(date: PartialDate, lang: Lang, short: boolean): string {
  const style = STYLES[lang];
  if (date.precision === 'year') return style.year(date.year);
  // A month is formatted once; a day is put into its month's text ("\u0000 Mar 1990", "1990年3月\u0000日"),
  // which reads exactly as formatting each day (a test holds it to that).
  const pattern = date.precision === 'month' ? (short ? style.shortMonth : style.month) : short ? style.shortDay : style.day;
  const key = `${lang} ${pattern} ${date.year} ${date.month ?? 1}`;
  let text = monthTexts.get(key);
  if (text === undefined) {
    if (monthTexts.size > 10_000) monthTexts.clear();
    text = formatPattern(fields({ ...date, day: 1 }), date.precision === 'day' ? dayTemplatePattern(pattern) : pattern, dateLocale(lang));
    monthTexts.set(key, text);
  }
  return date.precision === 'day' ? text.replace(DAY_SLOT, String(date.day ?? 1)) : text;
}

export function formatPartialDate(date: PartialDate, lang: Lang = currentLang()): string {
  return formatAt(date, lang, false);
}

/** "2009–2011", "July–December 2021": a range whose ends share their precision and, for months, their year. */
function compactRange(from: PartialDate | null, to: PartialDate | null, lang: Lang): string | null {
  if (!from || !to || from.precision !== to.precision) return null;
  if (from.precision === 'year') return STYLES[lang].years(from.year, to.year);
  if (from.precision === 'month' && from.year === to.year) return STYLES[lang].months(fields(from), fields(to));
  return null;
}

/** The date of an event or era in words; an unparseable string is shown as it is, never as today. */
export function formatDateRange(start: string, end?: string, approximate = false, lang: Lang = currentLang()): string {
  const from = parseDate(start);
  const to = end === undefined ? null : parseDate(end);
  const startText = from ? formatPartialDate(from, lang) : start;
  let text = startText;
  if (end !== undefined && end !== start) {
    const endText = to ? formatPartialDate(to, lang) : end;
    text = compactRange(from, to, lang) ?? t('range', { start: startText, end: endText }, lang);
  }
  return approximate ? t('approximate', { date: text }, lang) : text;
}

/**
 * A compact date for mark labels, still at full precision: "26 Mar 1990",
 * "Sep 2020", "1984", "2009–2011", "c. 2011–2012"; in Chinese the numeric
 * dates are already compact: "1990年3月26日", "约2011–2012年".
 */
export function formatDateShort(start: string, end?: string, approximate = false, lang: Lang = currentLang()): string {
  const short = (iso: string) => {
    const date = parseDate(iso);
    return date ? formatAt(date, lang, true) : iso;
  };
  let text = short(start);
  if (end !== undefined && end !== start) {
    const from = parseDate(start);
    const to = parseDate(end);
    // Chinese dates are numeric, so the long compact forms are short too ("2021年7月–12月").
    const compact = lang === 'zh' ? compactRange(from, to, lang) : from?.precision === 'year' && to?.precision === 'year' ? STYLES.en.years(from.year, to.year) : null;
    text = compact ?? `${text}–${short(end)}`;
  }
  return approximate ? t('approximateShort', { date: text }, lang) : text;
}
