/**
 * Pinyin for search, loaded on demand: the table (about 20 kB) is a chunk of
 * its own, fetched the first time there is something to search. Until it
 * arrives (or if it cannot be fetched) search works on the text as written;
 * when it arrives, the visible events are matched again with pinyin.
 */
import type { StateCreator } from 'zustand';
import { loadPinyinTable, type PinyinTable } from '../data/pinyin';
import type { StoreState } from './store';

export interface SearchSlice {
  /** Chinese characters → pinyin, once loaded; null before. */
  pinyin: PinyinTable | null;
  /** Starts loading the pinyin table, once; never rejects (a failure leaves search without pinyin, to retry next time). */
  loadPinyin: () => Promise<void>;
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
});
