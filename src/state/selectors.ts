import type { StoreState } from './store';
import type { Dataset, TimelineEvent } from '../data/schema';
import { parseDate } from '../data/dates';
import { compareIds } from '../data/order';
import type { SearchIndex } from '../data/search';
import { searchCode, type SearchCode } from './searchSlice';
import type { PinyinTable } from '../data/pinyin';
import { localizeDataset } from '../i18n/localizeDataset';

/**
 * The dataset as the views show it: its texts in the interface language
 * (i18n/localizeDataset.ts), the same object while neither changes. Exports
 * of data read `state.dataset`, the dataset as loaded.
 */
export const selectDataset = (state: StoreState): Dataset | null => (state.dataset ? localizeDataset(state.dataset, state.lang) : null);
export const selectLang = (state: StoreState) => state.lang;
export const selectStatus = (state: StoreState) => state.status;
export const selectLoadError = (state: StoreState) => state.loadError;
export const selectSelectedId = (state: StoreState) => state.selectedId;
export const selectWindow = (state: StoreState) => state.window;
export const selectView = (state: StoreState) => state.view;
export const selectQuery = (state: StoreState) => state.query;
export const selectHiddenCategories = (state: StoreState) => state.hiddenCategories;

const NO_EVENTS: readonly TimelineEvent[] = [];

/** Caches one derived value per input object, so selectors return the same reference while inputs are unchanged. */
function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * By start date (compareDates), then id. Each start is parsed once, not at
 * every comparison: 100,000 events take some 1.7 million comparisons. A list
 * already in that order (as most datasets are written) is kept as it is.
 */
const sortEvents = memoByObject((events: readonly TimelineEvent[]) => {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const compare = (a: number, b: number) => {
    const byDate = Number.isNaN(starts[a]!) || Number.isNaN(starts[b]!) ? 0 : starts[a]! - starts[b]! || ends[b]! - ends[a]!;
    return byDate || compareIds(events[a]!.id, events[b]!.id);
  };
  let inOrder = true;
  for (let i = 0; i < n; i++) {
    const date = parseDate(events[i]!.start);
    starts[i] = date ? date.from : NaN;
    ends[i] = date ? date.to : NaN;
    if (inOrder && i > 0 && compare(i - 1, i) > 0) inOrder = false;
  }
  if (inOrder) return events;
  const order = Array.from(events, (_, i) => i).sort(compare);
  return order.map((i) => events[i]!);
});
const searchIndexes = new WeakMap<Dataset, { pinyin: PinyinTable | null; index: SearchIndex }>();
/** The dataset's search index, built once per dataset and again when the pinyin table arrives. */
function searchIndexOf(search: SearchCode, dataset: Dataset, pinyin: PinyinTable | null): SearchIndex {
  const cached = searchIndexes.get(dataset);
  if (cached && cached.pinyin === pinyin) return cached.index;
  const index = search.createSearchIndex(dataset, { pinyin });
  searchIndexes.set(dataset, { pinyin, index });
  return index;
}

/** All of the dataset's events in date order. */
export const selectEventsByDate = (state: StoreState): readonly TimelineEvent[] =>
  state.dataset ? sortEvents(localizeDataset(state.dataset, state.lang).events) : NO_EVENTS;

let lastVisible: {
  events: readonly TimelineEvent[];
  hidden: readonly string[];
  query: string;
  pinyin: PinyinTable | null;
  search: SearchCode | null;
  result: readonly TimelineEvent[];
} | null = null;

/** The events shown: in date order, without hidden categories, matching the search. */
export const selectVisibleEvents = (state: StoreState): readonly TimelineEvent[] => {
  const events = selectEventsByDate(state);
  const { hiddenCategories: hidden, query, pinyin } = state;
  // The matcher as soon as its chunk is here, even before the store has heard (a link's q=: main.tsx loads it first).
  const search = state.search ?? searchCode.current() ?? null;
  if (lastVisible && lastVisible.events === events && lastVisible.hidden === hidden && lastVisible.query === query && lastVisible.pinyin === pinyin && lastVisible.search === search)
    return lastVisible.result;
  // A query that did not come through setQuery (a link's q=) starts loading here what it needs; each arrives as a state change.
  if (query.trim() && !search) void state.loadSearch();
  if (query.trim() && !pinyin) void state.loadPinyin();
  const matches = search && state.dataset && query.trim() ? searchIndexOf(search, state.dataset, pinyin).match(query) : null;
  let result =
    hidden.length === 0 && !matches ? events : events.filter((e) => !hidden.includes(e.category) && (!matches || matches.has(e.id)));
  // Pinyin arriving usually changes nothing: keep the same array, so nothing re-renders.
  const previous = lastVisible?.result;
  if (previous && previous.length === result.length && previous.every((e, i) => e === result[i])) result = previous;
  lastVisible = { events, hidden, query, pinyin, search, result };
  return result;
};

/** The selected event, if it exists in the dataset. */
export const selectSelectedEvent = (state: StoreState): TimelineEvent | null =>
  (state.selectedId && selectDataset(state)?.events.find((e) => e.id === state.selectedId)) || null;
