/**
 * Bring your own timeline: a dataset from a file, a paste or a link (?data=)
 * replaces the one on screen only when something could be loaded, the SCS
 * timeline stays one click away, and the report says what was loaded and
 * what was not. The last import is remembered where storage allows.
 */
import type { StateCreator } from 'zustand';
import type { Dataset } from '../data/schema';
import type { ImportResult, ItemCount } from '../data/import/lenient';
import { lazyModule } from '../lazyModule';
import { t } from '../i18n/messages';
import { readSetting, removeSetting, writeSetting } from './storage';
import type { StoreState } from './store';

export const IMPORT_KEY = 'scs-timeline:import';

export interface ImportReport {
  /** File name, "pasted text" or the address it came from. */
  readonly name: string;
  readonly result: ImportResult;
}

export interface ImportSlice {
  /** Whether the dataset on screen is the built-in SCS one or an import. */
  origin: 'builtin' | 'imported';
  /** The built-in dataset, kept while an import is shown. */
  builtin: Dataset | null;
  /** The last import's report (also when nothing could be loaded). */
  importReport: ImportReport | null;
  /** A download in progress (?data= or a typed address). */
  importProgress: { url: string; loaded: number; total: number | null } | null;
  /** Why the last download failed; what was on screen stays. */
  importError: { url: string; message: string } | null;
  /** Reads a file's text; shows what loads, reports the rest; never rejects (a parser that cannot be fetched is reported). */
  importText: (text: string, name: string) => Promise<ImportReport>;
  /** Downloads and imports a dataset; on failure the timeline on screen stays and importError says why. */
  importFromUrl: (url: string, baseUrl?: string) => Promise<void>;
  /** Back to the built-in SCS timeline (the import is forgotten). */
  backToBuiltin: () => void;
  dismissImportReport: () => void;
}

type Slice<T> = StateCreator<StoreState, [], [], T>;

/** "12 of 14 events loaded, 2 skipped". (Here rather than with the report's view: a dropped file is announced with it before that view has arrived.) */
export function summaryText(result: ImportResult): string {
  const { total, loaded, rejected } = result.summary.events;
  return rejected === 0 && loaded === total ? t('importSummaryAll', { total }) : t('importSummary', { loaded, total, rejected });
}

/** The parsers and the downloader: not in the initial load, fetched on the first import (or a remembered one). */
export const importers = lazyModule(async () => {
  const [{ parseImport }, { fetchDatasetText }] = await Promise.all([import('../data/import/detect'), import('../data/import/fetchDataset')]);
  return { parseImport, fetchDatasetText };
});

/** The report of an import whose parser could not be fetched (offline): nothing loaded, and why. */
function parserUnavailable(): ImportResult {
  const none: ItemCount = { total: 0, loaded: 0, rejected: 0, created: 0 };
  return {
    format: 'json',
    dataset: null,
    problems: [{ severity: 'rejected', path: '', message: t('partLoadFailed') }],
    summary: { events: none, categories: none, eras: none, footnotes: none, references: none, tours: none },
  };
}

/** The view resets for a new dataset: ids, windows and filters of the old one mean nothing there. */
const freshView = { selectedId: null, window: null, hiddenCategories: [], query: '', tour: null, mode: 'browse' as const };

export const createImportSlice: Slice<ImportSlice> = (set, get) => ({
  origin: 'builtin',
  builtin: null,
  importReport: null,
  importProgress: null,
  importError: null,
  importText: async (text, name) => {
    let parseImport;
    try {
      ({ parseImport } = await importers.load());
    } catch {
      parseImport = parserUnavailable;
    }
    const result = parseImport(text, name);
    const report = { name, result };
    if (!result.dataset) {
      set({ importReport: report });
      return report;
    }
    const state = get();
    const builtin = state.origin === 'builtin' ? state.dataset : state.builtin;
    set({ ...freshView, dataset: result.dataset, status: 'ready', loadError: null, origin: 'imported', builtin, importReport: report, importError: null });
    // Remembered for a reload where storage allows; a file too big for storage is simply not remembered.
    if (!writeSetting(IMPORT_KEY, JSON.stringify({ name, text }))) removeSetting(IMPORT_KEY);
    return report;
  },
  importFromUrl: async (url, baseUrl = document.baseURI) => {
    set({ importProgress: { url, loaded: 0, total: null }, importError: null });
    let fetchDatasetText;
    try {
      ({ fetchDatasetText } = await importers.load());
    } catch {
      set({ importProgress: null, importError: { url, message: t('partLoadFailed') } });
      return;
    }
    const fetched = await fetchDatasetText(url, {
      baseUrl,
      onProgress: (loaded, total) => set({ importProgress: { url, loaded, total } }),
    });
    set({ importProgress: null });
    if (!fetched.ok) {
      set({ importError: { url, message: fetched.message } });
      return;
    }
    await get().importText(fetched.text, fetched.url);
  },
  backToBuiltin: () => {
    removeSetting(IMPORT_KEY);
    forgetDataParam();
    const { builtin } = get();
    set({ ...freshView, origin: 'builtin', importReport: null, importError: null, ...(builtin ? { dataset: builtin, builtin: null } : {}) });
    if (!builtin) void get().loadData();
  },
  dismissImportReport: () => set({ importReport: null, importError: null }),
});

/** The import remembered from an earlier visit, if storage allows and holds one. */
export function rememberedImport(): { name: string; text: string } | null {
  const raw = readSetting(IMPORT_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' && typeof (value as { text?: unknown }).text === 'string') {
      return value as { name: string; text: string };
    }
  } catch {
    // A damaged entry is forgotten below.
  }
  removeSetting(IMPORT_KEY);
  return null;
}

/** Drops ?data= from the address, so a reload shows the SCS timeline the user went back to. */
function forgetDataParam(): void {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (!url.searchParams.has('data')) return;
  url.searchParams.delete('data');
  try {
    window.history.replaceState(window.history.state, '', url.href);
  } catch {
    // A sandboxed frame may refuse; the page still shows the SCS timeline.
  }
}
