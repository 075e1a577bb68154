/**
 * Dates in words, at the precision the data has: "26 March 1990", "September
 * 2020", "1984", "2009–2011", "about 2011–2012". Labels go through date-fns
 * with a local Date built from the same calendar fields, so no time zone can
 * move a day.
 */
import { format } from 'date-fns';
import { parseDate, type PartialDate } from './dates';
import { en, t, type Messages } from '../i18n/messages';

function localDate(date: PartialDate): Date {
  const local = new Date(2000, 0, 1);
  local.setFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1); // unlike the constructor, keeps years 0–99
  return local;
}

export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'month':
      return format(localDate(date), 'MMMM yyyy');
    case 'day':
      return format(localDate(date), 'd MMMM yyyy');
  }
}

/** "2009–2011", "July–December 2021": a range whose ends share their precision and, for months, their year. */
function compactRange(from: PartialDate | null, to: PartialDate | null): string | null {
  if (!from || !to || from.precision !== to.precision) return null;
  if (from.precision === 'year') return `${from.year}–${to.year}`;
  if (from.precision === 'month' && from.year === to.year) return `${format(localDate(from), 'MMMM')}–${formatPartialDate(to)}`;
  return null;
}

/** The date of an event or era in words; an unparseable string is shown as it is, never as today. */
export function formatDateRange(
  start: string,
  end?: string,
  approximate = false,
  messages: Messages = en,
): string {
  const from = parseDate(start);
  const to = end === undefined ? null : parseDate(end);
  const startText = from ? formatPartialDate(from) : start;
  let text = startText;
  if (end !== undefined && end !== start) {
    const endText = to ? formatPartialDate(to) : end;
    text = compactRange(from, to) ?? t('range', { start: startText, end: endText }, messages);
  }
  return approximate ? t('approximate', { date: text }, messages) : text;
}

/** A compact date for mark labels, still at full precision: "26 Mar 1990", "Sep 2020", "1984", "2009–2011", "c. 2011–2012". */
export function formatDateShort(start: string, end?: string, approximate = false): string {
  const short = (iso: string) => {
    const date = parseDate(iso);
    if (!date) return iso;
    if (date.precision === 'year') return String(date.year);
    return format(localDate(date), date.precision === 'month' ? 'MMM yyyy' : 'd MMM yyyy');
  };
  const text = end !== undefined && end !== start ? `${short(start)}–${short(end)}` : short(start);
  return approximate ? `c. ${text}` : text;
}
