/**
 * What an export or a printout shows, in words: the time window, how many
 * events, and the filters that hide the rest ("Showing 1 January 1985 to
 * 31 December 1995 · 12 of 46 events · categories: National policy · search:
 * “credit”").
 */
import type { Dataset } from '../data/schema';
import type { TimeWindow } from '../timeline/viewport';
import { formatDateRange } from '../data/formatDate';
import { currentLang, joinList, t, type Lang } from '../i18n/messages';
import '../i18n/messagesLater';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "Showing the whole timeline", or "Showing 1 January 1985 to 31 December 1995" (the window's last day is inclusive). */
export function describeWindow(window: TimeWindow | null, lang: Lang = currentLang()): string {
  if (!window) return t('showingAll', {}, lang);
  return t('zoomedTo', { from: formatDateRange(isoDay(window.from), undefined, false, lang), to: formatDateRange(isoDay(window.to - 1), undefined, false, lang) }, lang);
}

/** The filters in force, or [] when nothing is hidden: "categories: National policy, Controversies", "search: “credit”". */
export function describeFilters(dataset: Dataset, hiddenCategories: readonly string[], query: string, lang: Lang = currentLang()): string[] {
  const parts: string[] = [];
  if (dataset.categories.some((c) => hiddenCategories.includes(c.id))) {
    const shown = dataset.categories.filter((c) => !hiddenCategories.includes(c.id)).map((c) => c.label);
    parts.push(t('exportFilterCategories', { list: joinList(shown, lang) }, lang));
  }
  if (query.trim()) parts.push(t('exportFilterQuery', { query: query.trim() }, lang));
  return parts;
}

export interface ViewState {
  readonly window: TimeWindow | null;
  readonly hiddenCategories: readonly string[];
  readonly query: string;
  readonly shown: number;
}

/** One line: the window, the counts and the filters, joined by " · ". */
export function describeView(dataset: Dataset, view: ViewState, lang: Lang = currentLang()): string {
  return [
    t('exportSubtitle', { view: describeWindow(view.window, lang), shown: view.shown, total: dataset.events.length }, lang),
    ...describeFilters(dataset, view.hiddenCategories, view.query, lang),
  ].join(' · ');
}
