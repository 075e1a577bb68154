/**
 * Search's code and its pinyin, loaded on demand. The matcher (data/search.ts)
 * is a small chunk fetched when the browser is first idle, the first time
 * there is something to search, or before the first render of a link with a
 * search in it (main.tsx); until it is here a query filters nothing, and if it
 * cannot be fetched the search box says so. The pinyin table (about 20 kB) is
 * a chunk of its own, fetched the first time there is something to search;
 * until it arrives (or if it cannot be fetched) search works on the text as
 * written; when it arrives, the visible events are matched again with pinyin.
 */
import type { StateCreator } from 'zustand';
import { loadPinyinTable, type PinyinTable } from '../data/pinyin';
import { lazyModule } from '../lazyModule';
import type { StoreState } from './store';

export type SearchCode = typeof import('../data/search');

/** The matcher's chunk: fetched once, shared by every store (and by tests, which load it first). */
export const searchCode = lazyModule(() => import('../data/search'));

export interface SearchSlice {
  /** Chinese characters → pinyin, once loaded; null before. */
  pinyin: PinyinTable | null;
  /** Starts loading the pinyin table, once; never rejects (a failure leaves search without pinyin, to retry next time). */
  loadPinyin: () => Promise<void>;
  /** The matcher, once its chunk is here (set as it arrives, so what shows is matched again). */
  search: SearchCode | null;
  /** Whether the matcher could not be fetched (offline): the search box says so. */
  searchFailed: boolean;
  /** Starts loading the matcher, once; never rejects. */
  loadSearch: () => Promise<void>;
}

export const createSearchSlice: StateCreator<StoreState, [], [], SearchSlice> = (set, get) => ({
  pinyin: null,
  loadPinyin: async () => {
    if (get().pinyin) return;
    try {
      const pinyin = await loadPinyinTable();
      if (!get().pinyin) set({ pinyin });
    } catch {
      // Offline or a stale deployment: search still works on the text as written.
    }
  },
  search: searchCode.current() ?? null,
  searchFailed: false,
  loadSearch: async () => {
    if (get().search) return;
    try {
      const search = await searchCode.load();
      if (!get().search) set({ search, searchFailed: false });
    } catch {
      set({ searchFailed: true });
    }
  },
});
