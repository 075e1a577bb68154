import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The content width of an element, kept up to date with a ResizeObserver.
 * `measured` turns true once the element has been measured (before the first
 * paint), so a costly view can wait for its real width instead of drawing
 * everything twice; where nothing has a width (a test DOM), `fallback` counts
 * as measured.
 *
 * With `expected` (a width known before the first render, see bootWidth) the
 * element counts as measured from the start, and no layout is forced to check
 * it: the ResizeObserver's first report, which comes after the browser's own
 * layout and before the paint, corrects it at once if it was wrong.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 960, expected?: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(expected ?? fallback);
  const [measured, setMeasured] = useState(expected !== undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const size = element.clientWidth;
      if (size > 0) setWidth(size);
      setMeasured(true);
    };
    if (expected === undefined) measure();
    if (typeof ResizeObserver === 'undefined') return;
    let first = expected !== undefined;
    const observer = new ResizeObserver(() => {
      // A wrong expectation is put right before the first paint, not a frame later.
      if (first) flushSync(measure);
      else measure();
      first = false;
    });
    observer.observe(element);
    return () => observer.disconnect();
    // `expected` counts for the first render only.
  }, []);
  return [ref, width, measured] as const;
}

let booted: number | undefined;

/**
 * The timeline's width as the page had it before React's first render: index.html
 * has an empty, hidden `.timeline` (#boot-probe) in the page's own layout, laid out
 * with the Loading line while the scripts load, so reading it costs no extra layout.
 * main.tsx calls this once; `bootWidth()` then returns it (undefined without a probe).
 */
export function readBootWidth(probe: HTMLElement | null): void {
  const width = probe?.clientWidth;
  booted = width !== undefined && width > 0 ? width : undefined;
}

export function bootWidth(): number | undefined {
  return booted;
}
