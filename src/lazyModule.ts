/**
 * A module the first screen does not need (presentation, export, import,
 * embed dialog), fetched on first use: `load()` asks once however often it is
 * called; a failure (offline) is forgotten, so the next call tries again.
 * `current()` is the module once it has arrived, for a synchronous render.
 */
export interface LazyModule<M> {
  readonly load: () => Promise<M>;
  readonly current: () => M | undefined;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let pending: Promise<M> | null = null;
  let module: M | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      )),
    current: () => module,
  };
}

/** Calls `run` once the browser is idle (soon after the first screen); returns a cancel. */
export function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 500);
  return () => window.clearTimeout(id);
}
