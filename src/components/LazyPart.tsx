import { useEffect, useState, type ReactNode } from 'react';
import { t } from '../i18n/messages';
import type { LazyModule } from '../lazyModule';

interface LazyPartProps<M> {
  readonly module: LazyModule<M>;
  /** What to show once the module is there. */
  readonly children: (module: M) => ReactNode;
  /** More ways out of a part that could not be loaded (e.g. Exit), next to Try again. */
  readonly failedActions?: ReactNode;
}

/**
 * Shows a lazily loaded part: "Loading…" (a status) while it comes, a clear
 * message with Try again if it cannot be fetched, never a blank page or a
 * crash.
 */
export function LazyPart<M>({ module, children, failedActions }: LazyPartProps<M>) {
  const { module: loaded, failed, retry } = useLazyModule(module, true);

  if (loaded) return children(loaded);
  if (failed) {
    return (
      <div role="alert" className="panel panel-error part-failed">
        <p>{t('partLoadFailed')}</p>
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>{' '}
        {failedActions}
      </div>
    );
  }
  return (
    <p role="status" className="part-loading">
      {t('partLoading')}
    </p>
  );
}

/**
 * A lazily loaded module for places where LazyPart's own HTML does not fit
 * (inside an SVG): the module once it is there (null until then, or while
 * `wanted` is false), whether fetching failed, and a retry. The caller shows
 * the failure somewhere it can.
 */
export function useLazyModule<M>(module: LazyModule<M>, wanted: boolean): { module: M | null; failed: boolean; retry: () => void } {
  const [loaded, setLoaded] = useState<{ module: M } | null>(() => {
    const current = module.current();
    return current === undefined ? null : { module: current };
  });
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (loaded || !wanted) return;
    let live = true;
    module.load().then(
      (value) => live && setLoaded({ module: value }),
      (error: unknown) => {
        console.warn('A part of the timeline could not be loaded:', error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [module, loaded, wanted, attempt]);
  return {
    module: loaded?.module ?? null,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
