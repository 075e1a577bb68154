import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, kept up to date with a ResizeObserver.
 * `measured` turns true once the element has been measured (before the first
 * paint), so a costly view can wait for its real width instead of drawing
 * everything twice; where nothing has a width (a test DOM), `fallback` counts
 * as measured.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 960) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const size = element.clientWidth;
      if (size > 0) setWidth(size);
      setMeasured(true);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width, measured] as const;
}
