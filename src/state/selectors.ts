import type { StoreState } from './store';
import type { Dataset, TimelineEvent } from '../data/schema';
import { compareDates, parseDate } from '../data/dates';
import { createSearchIndex, type SearchIndex } from '../data/search';

export const selectDataset = (state: StoreState) => state.dataset;
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

const byDate = (a: TimelineEvent, b: TimelineEvent) => {
  const from = parseDate(a.start);
  const to = parseDate(b.start);
  return (from && to ? compareDates(from, to) : 0) || a.id.localeCompare(b.id);
};

const sortEvents = memoByObject((events: readonly TimelineEvent[]) => [...events].sort(byDate));
export const searchIndexOf = memoByObject((dataset: Dataset): SearchIndex => createSearchIndex(dataset));

/** All of the dataset's events in date order. */
export const selectEventsByDate = (state: StoreState): readonly TimelineEvent[] =>
  state.dataset ? sortEvents(state.dataset.events) : NO_EVENTS;

let lastVisible: { events: readonly TimelineEvent[]; hidden: readonly string[]; query: string; result: readonly TimelineEvent[] } | null = null;

/** The events shown: in date order, without hidden categories, matching the search. */
export const selectVisibleEvents = (state: StoreState): readonly TimelineEvent[] => {
  const events = selectEventsByDate(state);
  const { hiddenCategories: hidden, query } = state;
  if (lastVisible && lastVisible.events === events && lastVisible.hidden === hidden && lastVisible.query === query) return lastVisible.result;
  const matches = state.dataset && query.trim() ? searchIndexOf(state.dataset).match(query) : null;
  const result =
    hidden.length === 0 && !matches ? events : events.filter((e) => !hidden.includes(e.category) && (!matches || matches.has(e.id)));
  lastVisible = { events, hidden, query, result };
  return result;
};

/** The selected event, if it exists in the dataset. */
export const selectSelectedEvent = (state: StoreState): TimelineEvent | null =>
  (state.selectedId && state.dataset?.events.find((e) => e.id === state.selectedId)) || null;
