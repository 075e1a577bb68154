/**
 * One store, made of slices. Components read it through selectors
 * (selectors.ts); actions are verbs. What goes into the URL is a typed
 * allow-list (urlState.ts), not "whatever is in state".
 */
import { create, type StateCreator } from 'zustand';
import type { Dataset } from '../data/schema';
import type { Problem } from '../data/validate';
import { loadDataset } from '../data/load';
import type { TimeWindow } from '../timeline/viewport';
import { createImportSlice, type ImportSlice } from './importSlice';
import { createSearchSlice, type SearchSlice } from './searchSlice';
import { createLangSlice, type LangSlice } from './langSlice';

export const BUILT_IN_DATA_URL = 'data/scs.json';

export interface DataSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  dataset: Dataset | null;
  loadError: { message: string; problems: readonly Problem[] } | null;
  /** Loads and validates a dataset; on failure the last good dataset stays. */
  loadData: (url?: string) => Promise<void>;
  /** Shows a dataset that is already validated. */
  setDataset: (dataset: Dataset) => void;
}

export type { TimeWindow };

export interface ViewSlice {
  /** The visible time window; null shows the whole dataset ("fit all"). */
  window: TimeWindow | null;
  /** Which representation is shown: the zoomable timeline or the table. */
  view: 'timeline' | 'list';
  /** Browsing, or presenting one event at a time (a classroom projector). */
  mode: 'browse' | 'present';
  /** Event ids a presentation steps through, in order; null presents the visible events by date. */
  tour: readonly string[] | null;
  /** Whether the literature lane (every dated cited work, by kind) is shown under the axis. */
  literature: boolean;
  /** How the timeline's rows are grouped: packed and coloured by category, or in bands by the article's sections. */
  groupBy: 'category' | 'section';
  setLiterature: (shown: boolean) => void;
  setGroupBy: (groupBy: 'category' | 'section') => void;
  setMode: (mode: 'browse' | 'present') => void;
  setTour: (tour: readonly string[] | null) => void;
  setWindow: (window: TimeWindow | null) => void;
  fitAll: () => void;
  setView: (view: 'timeline' | 'list') => void;
}

export interface SelectionSlice {
  /** The selected event; its details panel is open while it is set. */
  selectedId: string | null;
  /** The selected cited work (a reference id); its panel is open while it is set. One of event or work is selected at a time. */
  selectedWork: string | null;
  selectEvent: (id: string | null) => void;
  selectWork: (id: string | null) => void;
}

export interface FilterSlice {
  /** Categories switched off in the legend; an empty list shows all. */
  hiddenCategories: readonly string[];
  /** The search text, as typed. */
  query: string;
  toggleCategory: (id: string) => void;
  setHiddenCategories: (ids: readonly string[]) => void;
  setQuery: (query: string) => void;
}

export interface AnnounceSlice {
  /** The latest message for the polite live region (zoom, filter, selection changes). */
  announcement: string;
  announce: (message: string) => void;
}

export type Theme = 'system' | 'light' | 'dark' | 'contrast';

export interface ThemeSlice {
  /** The colour theme; 'system' follows prefers-color-scheme (and prefers-contrast). */
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

export type StoreState = DataSlice & ViewSlice & SelectionSlice & FilterSlice & AnnounceSlice & ThemeSlice & ImportSlice & SearchSlice & LangSlice;

type Slice<T> = StateCreator<StoreState, [], [], T>;

export const createDataSlice: Slice<DataSlice> = (set) => ({
  status: 'idle',
  dataset: null,
  loadError: null,
  loadData: async (url = BUILT_IN_DATA_URL) => {
    set({ status: 'loading', loadError: null });
    const result = await loadDataset(url);
    if (result.ok) set({ status: 'ready', dataset: result.dataset });
    else set({ status: 'error', loadError: { message: result.message, problems: result.problems } });
  },
  setDataset: (dataset) => set({ status: 'ready', dataset, loadError: null }),
});

export const createViewSlice: Slice<ViewSlice> = (set) => ({
  window: null,
  view: 'timeline',
  mode: 'browse',
  tour: null,
  literature: false,
  groupBy: 'category',
  setLiterature: (literature) => set({ literature }),
  setGroupBy: (groupBy) => set({ groupBy }),
  setMode: (mode) => set({ mode }),
  setTour: (tour) => set({ tour }),
  setWindow: (window) => set({ window }),
  fitAll: () => set({ window: null }),
  setView: (view) => set({ view }),
});

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selectedId: null,
  selectedWork: null,
  selectEvent: (selectedId) => set(selectedId ? { selectedId, selectedWork: null } : { selectedId }),
  selectWork: (selectedWork) => set(selectedWork ? { selectedWork, selectedId: null } : { selectedWork }),
});

export const createFilterSlice: Slice<FilterSlice> = (set, get) => ({
  hiddenCategories: [],
  query: '',
  toggleCategory: (id) => {
    const hidden = get().hiddenCategories;
    set({ hiddenCategories: hidden.includes(id) ? hidden.filter((c) => c !== id) : [...hidden, id] });
  },
  setHiddenCategories: (hiddenCategories) => set({ hiddenCategories }),
  setQuery: (query) => {
    set({ query });
    // Search's matcher and its pinyin table load on demand: the first query fetches what is not here yet.
    if (query.trim()) {
      void get().loadSearch();
      void get().loadPinyin();
    }
  },
});

export const createAnnounceSlice: Slice<AnnounceSlice> = (set) => ({
  announcement: '',
  announce: (announcement) => set({ announcement }),
});

export const createThemeSlice: Slice<ThemeSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
});

export const useStore = create<StoreState>()((...a) => ({
  ...createLangSlice(...a),
  ...createImportSlice(...a),
  ...createSearchSlice(...a),
  ...createThemeSlice(...a),
  ...createAnnounceSlice(...a),
  ...createDataSlice(...a),
  ...createViewSlice(...a),
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
}));
