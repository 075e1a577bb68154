/**
 * The link that reopens exactly this view. The store's shareable part
 * (selected event or work, visible window, visible categories, search, list
 * view, literature lane, row grouping, presentation and tour) is
 * mirrored in the URL hash: selecting an event adds a history entry, so Back
 * restores the previous selection; zooming, panning, filtering and typing
 * replace the entry, debounced. Values that make no sense for the loaded
 * dataset fall back to defaults, silently and safely.
 */
import type { Dataset } from '../data/schema';
import { endMs, parseDate, startMs } from '../data/dates';
import type { StoreState } from './store';
import { decodeUrlState, encodeUrlState, type UrlState } from './urlState';
import { clampWindow, type Bounds, type TimeWindow } from '../timeline/viewport';
import { timelineBounds } from '../timeline/bounds';

type Shareable = Pick<StoreState, 'selectedId' | 'selectedWork' | 'window' | 'hiddenCategories' | 'query' | 'view' | 'literature' | 'groupBy' | 'mode' | 'tour'>;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The URL state of a store state: the window as whole days, `to` inclusive; categories as the visible ones. */
export function toUrlState(state: Shareable, dataset: Dataset): UrlState {
  const url: { -readonly [K in keyof UrlState]: UrlState[K] } = {};
  if (state.selectedId) url.event = state.selectedId;
  else if (state.selectedWork) url.work = state.selectedWork;
  if (state.window) {
    url.from = isoDay(state.window.from);
    url.to = isoDay(state.window.to - 1);
  }
  if (state.hiddenCategories.length > 0) url.cat = dataset.categories.map((c) => c.id).filter((id) => !state.hiddenCategories.includes(id));
  if (state.query.trim()) url.q = state.query.trim();
  if (state.view === 'list') url.view = 'list';
  if (state.literature) url.lane = 'literature';
  if (state.groupBy === 'section') url.group = 'section';
  if (state.mode === 'present') url.mode = 'present';
  if (state.tour && state.tour.length > 0) url.tour = state.tour;
  return url;
}

/** The store state a URL state stands for, given the dataset: unknown ids are dropped, the window is clamped to the data. */
export function fromUrlState(url: UrlState, dataset: Dataset, bounds: Bounds = timelineBounds(dataset)): Shareable {
  const event = url.event && dataset.events.some((e) => e.id === url.event) ? url.event : null;
  const work = !event && url.work && dataset.references.some((r) => r.id === url.work) ? url.work : null;
  let window: TimeWindow | null = null;
  const from = url.from ? parseDate(url.from) : null;
  const to = url.to ? parseDate(url.to) : null;
  if (from && to) {
    const clamped = clampWindow({ from: startMs(from), to: endMs(to) }, bounds);
    window = clamped.to - clamped.from >= bounds.to - bounds.from - 1 ? null : clamped;
  }
  const known = dataset.categories.map((c) => c.id);
  const hiddenCategories = url.cat ? known.filter((id) => !url.cat!.includes(id)) : [];
  const tour = url.tour ? url.tour.filter((id) => dataset.events.some((e) => e.id === id)) : [];
  return {
    selectedId: event,
    selectedWork: work,
    window,
    hiddenCategories,
    query: url.q ?? '',
    view: url.view === 'list' ? 'list' : 'timeline',
    literature: url.lane === 'literature',
    groupBy: url.group === 'section' ? 'section' : 'category',
    mode: url.mode === 'present' ? 'present' : 'browse',
    tour: tour.length > 0 ? tour : null,
  };
}

/**
 * The part of `next` that differs from `current`: an address that says what the view already shows
 * (an empty hash on a fresh page) changes nothing, so nothing re-renders and no memo is thrown away.
 * The values are plain data (ids, lists of ids, a window), so equal means equal as JSON.
 */
export function changedOnly<T extends object>(current: T, next: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) if (JSON.stringify(current[key]) !== JSON.stringify(next[key])) changed[key] = next[key];
  return changed;
}

interface SyncTarget {
  getState(): StoreState;
  setState(partial: Partial<StoreState>): void;
  subscribe(listener: (state: StoreState, previous: StoreState) => void): () => void;
}

/**
 * Starts mirroring the store in `location.hash` once a dataset is loaded:
 * reads the hash first, then writes changes back. Returns a stop function.
 */
export function startUrlSync(store: SyncTarget, win: Window = window, replaceDelay = 300): () => void {
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const dataset = () => store.getState().dataset;
  const apply = () => {
    const data = dataset();
    if (!data) return;
    const changed = changedOnly<Shareable>(store.getState(), fromUrlState(decodeUrlState(win.location.hash), data));
    if (Object.keys(changed).length === 0) return;
    applying = true;
    store.setState(changed);
    applying = false;
  };
  const write = (mode: 'push' | 'replace') => {
    const data = dataset();
    if (!data) return;
    const hash = encodeUrlState(toUrlState(store.getState(), data));
    const current = win.location.hash.replace(/^#/, '');
    if (hash === current) return;
    const url = `${win.location.pathname}${win.location.search}${hash ? `#${hash}` : ''}`;
    try {
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    } catch {
      // Some sandboxed frames forbid history changes; the view still works, only the link lags.
    }
  };

  apply();
  // Normalise the address: invalid values dropped, a clamped window written as it is shown.
  write('replace');

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying || !state.dataset) return;
    if (state.dataset !== previous.dataset) return;
    if (state.selectedId !== previous.selectedId || state.selectedWork !== previous.selectedWork) {
      clearTimeout(timer);
      write('push');
    } else if (
      state.window !== previous.window ||
      state.hiddenCategories !== previous.hiddenCategories ||
      state.query !== previous.query ||
      state.view !== previous.view ||
      state.literature !== previous.literature ||
      state.groupBy !== previous.groupBy ||
      state.mode !== previous.mode ||
      state.tour !== previous.tour
    ) {
      clearTimeout(timer);
      timer = setTimeout(() => write('replace'), replaceDelay);
    }
  });
  const onNavigate = () => {
    clearTimeout(timer);
    apply();
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}

/** The address of the current view, for "Copy link". */
export function currentViewUrl(state: StoreState, win: Window = window): string {
  if (!state.dataset) return win.location.href;
  const hash = encodeUrlState(toUrlState(state, state.dataset));
  return `${win.location.origin}${win.location.pathname}${win.location.search}${hash ? `#${hash}` : ''}`;
}
