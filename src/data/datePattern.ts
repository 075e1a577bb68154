/**
 * Calendar fields written out with a date-fns pattern and a date-fns locale:
 * the few tokens our labels use (y, yyyy, M, MMM, MMMM, d and 'quoted text'),
 * with the locale's own month names (`localize.month`, as date-fns's `format`
 * asks for them). `format` does this and far more (week years, eras, times,
 * ordinals), which cost the first load about 4 kB of gzip; a property test
 * holds this function to `format` for every pattern the app uses.
 *
 * Works on calendar fields, not a Date, so no time zone can move a day.
 */
import type { DateLocale } from '../i18n/packs';

export interface CalendarFields {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

/** Quoted text ('' is a quote), a run of one token letter, or anything that is not a letter or a quote. */
const PART = /'((?:[^']|'')*)'|([A-Za-z])\2*|[^A-Za-z']+/g;

/** The compiled parts of each pattern: a pattern is parsed once. */
const compiled = new Map<string, readonly Part[]>();

type Part = string | ((date: CalendarFields, locale: DateLocale) => string);

const TOKENS: Readonly<Record<string, (date: CalendarFields, locale: DateLocale) => string>> = {
  y: (date) => String(date.year),
  yyyy: (date) => String(date.year).padStart(4, '0'),
  M: (date) => String(date.month),
  MMM: (date, locale) => monthName(date.month, 'abbreviated', locale),
  MMMM: (date, locale) => monthName(date.month, 'wide', locale),
  d: (date) => String(date.day),
};

function monthName(month: number, width: 'abbreviated' | 'wide', locale: DateLocale): string {
  const localize = locale.localize;
  if (!localize) throw new Error(`date locale ${locale.code ?? '?'} cannot name months`);
  return localize.month((month - 1) as 0, { width, context: 'formatting' });
}

function compile(pattern: string): readonly Part[] {
  const parts: Part[] = [];
  for (const match of pattern.matchAll(PART)) {
    const [whole, quoted, letter] = match;
    if (quoted !== undefined) parts.push(whole === "''" ? "'" : quoted.replace(/''/g, "'"));
    else if (letter !== undefined) {
      const token = TOKENS[whole];
      if (!token) throw new RangeError(`The date pattern ${JSON.stringify(pattern)} uses "${whole}", which datePattern.ts does not write`);
      parts.push(token);
    } else parts.push(whole);
  }
  return parts;
}

/** `date` written out as `pattern` says, in `locale`'s words ("d MMM yyyy" → "26 Mar 1990"). */
export function formatPattern(date: CalendarFields, pattern: string, locale: DateLocale): string {
  let parts = compiled.get(pattern);
  if (!parts) compiled.set(pattern, (parts = compile(pattern)));
  let text = '';
  for (const part of parts) text += typeof part === 'string' ? part : part(date, locale);
  return text;
}
