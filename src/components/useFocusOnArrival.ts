import { useCallback, useMemo, useRef } from 'react';

/**
 * Focus for a panel's title that may not be in the page yet (the panel's code
 * is still on its way): `request(id)` focuses the element with that id now if
 * it is there, else as soon as it arrives through `ref`; `cancel()` drops a
 * request still pending. The title scrolls into view as it takes focus. The
 * returned object is the same on every render (safe as an effect's dependency).
 */
export function useFocusOnArrival<T extends HTMLElement>() {
  const pending = useRef(false);
  const ref = useCallback((node: T | null) => {
    if (!node || !pending.current) return;
    pending.current = false;
    node.focus({ preventScroll: true });
    node.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const request = useCallback(
    (id: string) => {
      pending.current = true;
      const element = document.getElementById(id);
      if (element) ref(element as T);
    },
    [ref],
  );
  const cancel = useCallback(() => {
    pending.current = false;
  }, []);
  return useMemo(() => ({ ref, request, cancel }), [ref, request, cancel]);
}
