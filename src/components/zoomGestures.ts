/**
 * The pointer gestures of the timeline: d3-zoom (wheel and trackpad zoom
 * around the pointer, drag to pan, pinch, double-click to zoom in) bound to
 * its SVG. A chunk of its own, fetched right after the first render (see
 * useZoom.ts): d3-zoom, d3-selection, d3-drag and d3-dispatch are not needed
 * to draw the timeline, nor by its buttons, keys and links, which set the
 * store's window directly.
 */
import { select } from 'd3-selection';
import { zoom, ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { TimeScale } from '../timeline/timeScale';
import { maxZoom, sameWindow, transformFor, windowFor, type Bounds, type TimeWindow } from '../timeline/viewport';

/** What the gestures read at the time of each event (useZoom keeps it up to date on every render). */
export interface ZoomProps {
  readonly base: TimeScale;
  readonly bounds: Bounds;
  /** The window the store holds; null is "fit all". */
  readonly window: TimeWindow | null;
  readonly onWindow: (window: TimeWindow | null) => void;
  /** Called when a touch gesture starts and ends (the timeline keeps its marks in place meanwhile). */
  readonly onTouchGesture?: (active: boolean) => void;
  /** Called when a run of wheel events starts and when it has settled (d3-zoom's 150 ms without a wheel event). */
  readonly onWheelGesture?: (active: boolean) => void;
  /**
   * While it returns true, a wheel without Ctrl/⌘ is left to the page (an
   * embedded timeline must not hijack its host's scrolling). Absent: the wheel
   * always zooms.
   */
  readonly wheelNeedsModifier?: () => boolean;
  /** Called for each wheel event left to the page because of `wheelNeedsModifier`. */
  readonly onBlockedWheel?: () => void;
}

/** The geometry the behaviour is built for: a change of any of it binds a new one. */
export interface ZoomGeometry {
  readonly bounds: Bounds;
  /** The plot's range in pixels. */
  readonly r0: number;
  readonly r1: number;
  readonly height: number;
  /** One pixel's worth of time at scale 1: smaller moves of the window are not news. */
  readonly pixel: number;
}

export interface BoundGestures {
  /** Shows the store's current window (set elsewhere: buttons, keys, links), so the next gesture starts from it. */
  readonly sync: () => void;
  /** Unbinds every listener (the SVG keeps its transform, for a behaviour bound after this one). */
  readonly dispose: () => void;
}

/** The attribute that tells tests (and the curious) that the gestures are bound: `data-gestures="ready"`. */
export const READY_ATTRIBUTE = 'data-gestures';

/**
 * Binds the gestures to `svg`. d3 owns the gesture; the store owns the window:
 * gestures write the window through `props.current.onWindow`, and `sync`
 * pushes a window set elsewhere into d3 without an echo. The store's window
 * at the time of binding is shown at once (it may have changed while this
 * chunk was on its way).
 */
export function bindGestures<E extends SVGSVGElement>(svg: E, geometry: ZoomGeometry, props: { readonly current: ZoomProps }): BoundGestures {
  const { bounds, r0, r1, height, pixel } = geometry;
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
      if (event.type === 'wheel' && !event.ctrlKey && !event.metaKey && props.current.wheelNeedsModifier?.()) {
        props.current.onBlockedWheel?.();
        return false; // not prevented: the page scrolls
      }
      // d3's default filter: no Ctrl (except the wheel: trackpad pinch), primary button only.
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .on('start', (event: D3ZoomEvent<E, unknown>) => {
      const type = (event.sourceEvent as Event | null)?.type;
      if (type?.startsWith('touch')) props.current.onTouchGesture?.(true);
      else if (type === 'wheel') props.current.onWheelGesture?.(true);
    })
    .on('end', (event: D3ZoomEvent<E, unknown>) => {
      const type = (event.sourceEvent as Event | null)?.type;
      if (type?.startsWith('touch')) props.current.onTouchGesture?.(false);
      else if (type === 'wheel') props.current.onWheelGesture?.(false);
    })
    .on('zoom', (event: D3ZoomEvent<E, unknown>) => {
      if (!event.sourceEvent) return; // set programmatically from the store
      const { base: b, window: current, onWindow: emit } = props.current;
      const next = windowFor(event.transform, b);
      const fit = event.transform.k <= 1 + 1e-9;
      if (fit) {
        if (current !== null) emit(null);
      } else if (!sameWindow(next, current, pixel / 4)) emit(next);
    });
  const selection = select(svg).call(z);
  // Where a plain wheel is left to the page, Ctrl + wheel is the timeline's: never the browser's page zoom,
  // even at the zoom limits (where d3 lets the event through).
  selection.on(
    'wheel.modifier',
    (event: Event) => {
      if ((event as WheelEvent).ctrlKey && props.current.wheelNeedsModifier) event.preventDefault();
    },
    { passive: false },
  );

  const sync = () => {
    const { window, bounds: b, base } = props.current;
    const target = transformFor(window ?? b, base);
    const current = (svg as unknown as { __zoom?: { k: number; x: number } }).__zoom;
    if (current && Math.abs(current.k - target.k) < 1e-9 && Math.abs(current.x - target.x) < 0.5) return;
    // d3 keeps the transform it is given and builds on it: hand it d3's own kind.
    z.transform(selection, new ZoomTransform(target.k, target.x, target.y));
  };
  sync();
  svg.setAttribute(READY_ATTRIBUTE, 'ready');

  return {
    sync,
    dispose: () => {
      selection.on('.zoom', null).on('.modifier', null);
      svg.removeAttribute(READY_ATTRIBUTE);
    },
  };
}
