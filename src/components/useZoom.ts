import { useEffect, useRef } from 'react';
import { lazyModule, type LazyModule } from '../lazyModule';
import type { BoundGestures, ZoomProps } from './zoomGestures';

/** The gesture code: d3-zoom and its d3 modules, in a chunk of their own. */
export type GesturesModule = typeof import('./zoomGestures');

/**
 * The gestures' chunk, asked for by the timeline's first effect, just after
 * the first paint: not part of the first load, and bound a moment after the
 * marks appear (the buttons and keys work meanwhile). A failure (offline) is
 * forgotten, so the timeline asks again (see useZoom).
 */
export const zoomGestures: LazyModule<GesturesModule> = lazyModule(() => import('./zoomGestures'));

interface UseZoomOptions extends ZoomProps {
  height: number;
  /** Where the gesture code comes from: the chunk above unless a test gives another. */
  gestures?: LazyModule<GesturesModule>;
}

/** What a pointer does over the timeline when the gesture code could not be fetched: a sign to ask again. */
const RETRY_EVENTS = ['pointerdown', 'wheel'] as const;

/**
 * Binds the pointer gestures (zoomGestures.ts: wheel and trackpad zoom around
 * the pointer, drag to pan, pinch, double-click to zoom in) to an SVG element,
 * once their chunk has arrived; meanwhile, and if it cannot be fetched, the
 * buttons, keys and links work as ever (they set the store's window). d3 owns
 * the gesture; the store owns the window: gestures write the window, and a
 * window set elsewhere is pushed back into d3 without an echo.
 */
export function useZoom<E extends SVGSVGElement>({ height, gestures = zoomGestures, ...props }: UseZoomOptions) {
  const { base, bounds, window } = props;
  const ref = useRef<E>(null);
  const bound = useRef<BoundGestures | null>(null);
  const latest = useRef<ZoomProps>(props);
  latest.current = props;

  const [r0, r1] = base.range() as [number, number];
  const pixel = (bounds.to - bounds.from) / Math.max(1, r1 - r0);

  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    // Let the page scroll vertically over the timeline on touch screens; horizontal drags and pinches are
    // the gestures'. Set at once rather than with them, so the page does not change under a finger.
    svg.style.setProperty('touch-action', 'pan-y');
    let live = true;
    let mine: BoundGestures | null = null;
    const retry = new AbortController();
    const bind = () => {
      // Always a microtask later, even once the chunk is here, so what a render draws never depends on
      // whether the chunk had arrived (the golden SVGs, for one).
      gestures.load().then(
        (module) => {
          if (!live) return; // unmounted, or bound again for a new geometry, meanwhile
          mine = module.bindGestures(svg, { bounds, r0, r1, height, pixel }, latest);
          bound.current = mine;
        },
        (error: unknown) => {
          if (!live) return;
          // Not an error for the page: the timeline works without its gestures, and says so only here.
          console.warn('The timeline’s zoom gestures could not be loaded; its buttons and keys still work:', error);
          // Ask again at the next gesture over the timeline (that one is lost; the next ones work).
          const again = () => {
            for (const type of RETRY_EVENTS) svg.removeEventListener(type, again);
            if (live) bind();
          };
          for (const type of RETRY_EVENTS) svg.addEventListener(type, again, { passive: true, signal: retry.signal });
        },
      );
    };
    bind();
    return () => {
      live = false;
      retry.abort();
      mine?.dispose();
      if (bound.current === mine) bound.current = null;
    };
  }, [gestures, bounds, r0, r1, height, pixel]);

  // Push a window set elsewhere into d3, so the next gesture starts from it (bindGestures shows the
  // window of its time itself, for one set before the gestures arrived).
  useEffect(() => {
    bound.current?.sync();
  }, [window, bounds, base]);

  return ref;
}
