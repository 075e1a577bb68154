/**
 * One store, made of slices. Components read it through selectors
 * (selectors.ts); actions are verbs.
 */
import { create, type StateCreator } from 'zustand';
import type { Dataset } from '../data/schema';
import type { Problem } from '../data/validate';
import { loadDataset } from '../data/load';

export const BUILT_IN_DATA_URL = 'data/scs.json';

export interface DataSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  dataset: Dataset | null;
  loadError: { message: string; problems: readonly Problem[] } | null;
  /** Loads and validates a dataset; on failure the last good dataset stays. */
  loadData: (url?: string) => Promise<void>;
}

export type StoreState = DataSlice;

export const createDataSlice: StateCreator<StoreState, [], [], DataSlice> = (set) => ({
  status: 'idle',
  dataset: null,
  loadError: null,
  loadData: async (url = BUILT_IN_DATA_URL) => {
    set({ status: 'loading', loadError: null });
    const result = await loadDataset(url);
    if (result.ok) set({ status: 'ready', dataset: result.dataset });
    else set({ status: 'error', loadError: { message: result.message, problems: result.problems } });
  },
});

export const useStore = create<StoreState>()((...a) => ({
  ...createDataSlice(...a),
}));
