import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimeScale } from '../timeline/timeScale';
import { maxZoom, sameWindow, transformFor, windowFor, type Bounds, type TimeWindow } from '../timeline/viewport';

interface UseZoomOptions {
  base: TimeScale;
  bounds: Bounds;
  /** The window the store holds; null is "fit all". */
  window: TimeWindow | null;
  height: number;
  onWindow: (window: TimeWindow | null) => void;
  /** Called when a touch gesture starts and ends (the timeline keeps its marks in place meanwhile). */
  onTouchGesture?: (active: boolean) => void;
  /** Called when a run of wheel events starts and when it has settled (d3-zoom's 150 ms without a wheel event). */
  onWheelGesture?: (active: boolean) => void;
  /**
   * While it returns true, a wheel without Ctrl/⌘ is left to the page (an
   * embedded timeline must not hijack its host's scrolling). Absent: the wheel
   * always zooms.
   */
  wheelNeedsModifier?: () => boolean;
  /** Called for each wheel event left to the page because of `wheelNeedsModifier`. */
  onBlockedWheel?: () => void;
}

/**
 * Binds d3-zoom (wheel and trackpad zoom around the pointer, drag to pan,
 * pinch, double-click to zoom in) to an SVG element. d3 owns the gesture; the
 * store owns the window: gestures write the window, and a window set elsewhere
 * (buttons, keys, links) is pushed back into d3 without an echo.
 */
export function useZoom<E extends SVGSVGElement>({ base, bounds, window, height, onWindow, onTouchGesture, onWheelGesture, wheelNeedsModifier, onBlockedWheel }: UseZoomOptions) {
  const ref = useRef<E>(null);
  const behaviour = useRef<ZoomBehavior<E, unknown> | null>(null);
  const latest = useRef({ base, bounds, window, onWindow, onTouchGesture, onWheelGesture, wheelNeedsModifier, onBlockedWheel });
  latest.current = { base, bounds, window, onWindow, onTouchGesture, onWheelGesture, wheelNeedsModifier, onBlockedWheel };

  const [r0, r1] = base.range() as [number, number];
  const pixel = (bounds.to - bounds.from) / Math.max(1, r1 - r0);

  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const z = zoom<E, unknown>()
      // No animation, also for a double-click (and so no d3-transition: see timeline/noTransitions.ts).
      .duration(0)
      .scaleExtent([1, maxZoom(bounds)])
      .extent([
        [r0, 0],
        [r1, height],
      ])
      .translateExtent([
        [r0, 0],
        [r1, height],
      ])
      .filter((event: MouseEvent) => {
        if (event.type === 'wheel' && !event.ctrlKey && !event.metaKey && latest.current.wheelNeedsModifier?.()) {
          latest.current.onBlockedWheel?.();
          return false; // not prevented: the page scrolls
        }
        // d3's default filter: no Ctrl (except the wheel: trackpad pinch), primary button only.
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      })
      .on('start', (event: D3ZoomEvent<E, unknown>) => {
        const type = (event.sourceEvent as Event | null)?.type;
        if (type?.startsWith('touch')) latest.current.onTouchGesture?.(true);
        else if (type === 'wheel') latest.current.onWheelGesture?.(true);
      })
      .on('end', (event: D3ZoomEvent<E, unknown>) => {
        const type = (event.sourceEvent as Event | null)?.type;
        if (type?.startsWith('touch')) latest.current.onTouchGesture?.(false);
        else if (type === 'wheel') latest.current.onWheelGesture?.(false);
      })
      .on('zoom', (event: D3ZoomEvent<E, unknown>) => {
        if (!event.sourceEvent) return; // set programmatically from the store
        const { base: b, window: current, onWindow: emit } = latest.current;
        const next = windowFor(event.transform, b);
        const fit = event.transform.k <= 1 + 1e-9;
        if (fit) {
          if (current !== null) emit(null);
        } else if (!sameWindow(next, current, pixel / 4)) emit(next);
      });
    behaviour.current = z;
    const selection = select(svg).call(z);
    // Let the page scroll vertically over the timeline on touch screens; horizontal drags and pinches stay ours.
    selection.style('touch-action', 'pan-y');
    // Where a plain wheel is left to the page, Ctrl + wheel is the timeline's: never the browser's page zoom,
    // even at the zoom limits (where d3 lets the event through).
    selection.on(
      'wheel.modifier',
      (event: Event) => {
        if ((event as WheelEvent).ctrlKey && latest.current.wheelNeedsModifier) event.preventDefault();
      },
      { passive: false },
    );
    return () => {
      selection.on('.zoom', null).on('.modifier', null);
      behaviour.current = null;
    };
  }, [bounds, r0, r1, height, pixel]);

  // Push a window set elsewhere into d3, so the next gesture starts from it.
  useEffect(() => {
    const svg = ref.current;
    const z = behaviour.current;
    if (!svg || !z) return;
    const target = transformFor(window ?? bounds, base);
    const current = (svg as unknown as { __zoom?: { k: number; x: number } }).__zoom;
    if (current && Math.abs(current.k - target.k) < 1e-9 && Math.abs(current.x - target.x) < 0.5) return;
    z.transform(select(svg), target);
  }, [window, bounds, base]);

  return ref;
}
