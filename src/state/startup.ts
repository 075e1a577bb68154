/**
 * What a page does once, on opening: load the built-in data (so there is
 * always something to go back to), then a `?data=` link or the import
 * remembered from the last visit. main.tsx starts it before React's first
 * render, so the page draws once, with its data, instead of drawing an empty
 * shell first; App joins the same run when it mounts.
 */
import { useStore } from './store';
import { rememberedImport } from './importSlice';

export interface StartUp {
  /** The built-in data has loaded (or failed, with its message in the store). */
  readonly loaded: Promise<void>;
  /** The link's or the remembered import has followed: the address may now be read and written. */
  readonly settled: Promise<void>;
  /** Whether `settled` has resolved (a component mounting later reads it without waiting). */
  isSettled(): boolean;
}

const done = Promise.resolve();
const finished: StartUp = { loaded: done, settled: done, isSettled: () => true };

function run(search: string): StartUp {
  const state = useStore.getState();
  // A store that already has data (a test, or a page that set it) has nothing to start.
  if (state.status !== 'idle') return finished;
  let isSettled = false;
  const loaded = state.loadData();
  const settled = loaded.then(async () => {
    const dataUrl = new URLSearchParams(search).get('data');
    const remembered = dataUrl ? null : rememberedImport();
    try {
      if (dataUrl) await useStore.getState().importFromUrl(dataUrl);
      else if (remembered) await useStore.getState().importText(remembered.text, remembered.name);
    } finally {
      isSettled = true;
    }
  });
  return { loaded, settled, isSettled: () => isSettled };
}

let current: StartUp | null = null;

/** The page's start-up, begun on the first call (and again after the store is reset to idle). */
export function startUp(search: string = window.location.search): StartUp {
  if (!current || useStore.getState().status === 'idle') current = run(search);
  return current;
}

/** Whether the start-up has run to its end, without starting it. */
export function startUpSettled(): boolean {
  return current !== null && useStore.getState().status !== 'idle' && current.isSettled();
}
