import type { StoreState } from './store';
import type { TimelineEvent } from '../data/schema';
import { compareDates, parseDate } from '../data/dates';

export const selectDataset = (state: StoreState) => state.dataset;
export const selectStatus = (state: StoreState) => state.status;
export const selectLoadError = (state: StoreState) => state.loadError;

const byDate = (a: TimelineEvent, b: TimelineEvent) => {
  const from = parseDate(a.start);
  const to = parseDate(b.start);
  return from && to ? compareDates(from, to) || a.id.localeCompare(b.id) : 0;
};

const NO_EVENTS: readonly TimelineEvent[] = [];
const sortedCache = new WeakMap<readonly TimelineEvent[], readonly TimelineEvent[]>();

/** The dataset's events in date order; the same array for the same dataset, so components re-render only when it changes. */
export const selectEventsByDate = (state: StoreState): readonly TimelineEvent[] => {
  const events = state.dataset?.events;
  if (!events) return NO_EVENTS;
  let sorted = sortedCache.get(events);
  if (!sorted) {
    sorted = [...events].sort(byDate);
    sortedCache.set(events, sorted);
  }
  return sorted;
};
