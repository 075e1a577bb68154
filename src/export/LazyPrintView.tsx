import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { lazyModule, whenIdle } from '../lazyModule';

/** The printout: not on the first screen, so not in the initial load. */
export const printView = lazyModule(() => import('./PrintView'));

/**
 * PrintView, fetched when the browser is first idle rather than on first use:
 * the browser's own Print command gives no time to fetch anything, so the
 * printout must be in the page before it is asked for. Export → Print and
 * `beforeprint` mount it at once when it has arrived; if it cannot be
 * fetched, the screen shows nothing of it, and the page prints as it is
 * (its style sheet, PrintView.css, comes with it).
 */
export function LazyPrintView() {
  const [module, setModule] = useState(printView.current);

  useEffect(() => {
    if (module) return;
    let live = true;
    const show = () => {
      const loaded = printView.current();
      if (live && loaded) flushSync(() => setModule(loaded));
    };
    const cancel = whenIdle(() => {
      printView.load().then(show, () => {});
    });
    window.addEventListener('beforeprint', show);
    return () => {
      live = false;
      cancel();
      window.removeEventListener('beforeprint', show);
    };
  }, [module]);

  return module ? <module.PrintView /> : null;
}
