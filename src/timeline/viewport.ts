/**
 * The visible time window and its arithmetic. A window is [from, to) in UTC
 * milliseconds; every function returns a new window, clamped to the bounds
 * (the data's span, padded) and to the zoom limits. No React, no DOM.
 */
// Only d3-zoom's type: its code (with d3-selection, d3-drag, d3-dispatch) is fetched after the first
// render, for the gestures alone (components/zoomGestures.ts), and this module is in the first load.
import type { ZoomScale, ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './timeScale';

export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

export const DAY = 24 * 60 * 60 * 1000;
/** The narrowest window: two weeks, enough to tell days apart and read their labels. */
export const MIN_SPAN = 14 * DAY;

export interface Bounds {
  readonly from: number;
  readonly to: number;
}

export const spanOf = (w: TimeWindow) => w.to - w.from;

/** The widest zoom factor for given bounds: the whole span shown at scale 1, MIN_SPAN at the most. */
export function maxZoom(bounds: Bounds): number {
  return Math.max(1, spanOf(bounds) / MIN_SPAN);
}

/** Keeps a window inside the bounds and between MIN_SPAN and the bounds' span, moving rather than shrinking it. */
export function clampWindow(window: TimeWindow, bounds: Bounds): TimeWindow {
  const boundsSpan = spanOf(bounds);
  const span = Math.min(boundsSpan, Math.max(Math.min(MIN_SPAN, boundsSpan), spanOf(window)));
  const centre = (window.from + window.to) / 2;
  let from = centre - span / 2;
  from = Math.min(Math.max(from, bounds.from), bounds.to - span);
  return { from, to: from + span };
}

/** Zooms by `factor` (> 1 zooms in) keeping the instant `anchor` at the same place on screen. */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, bounds: Bounds): TimeWindow {
  const from = anchor - (anchor - window.from) / factor;
  const to = anchor + (window.to - anchor) / factor;
  return clampWindow({ from, to }, bounds);
}

/** Moves the window the least so that [start, end) is inside it with a margin (a share of the window), zooming out only if it cannot fit. */
export function windowIncluding(window: TimeWindow, start: number, end: number, bounds: Bounds, margin = 0.08): TimeWindow {
  const span = spanOf(window);
  const pad = span * margin;
  if (start >= window.from + pad && end <= window.to - pad) return window;
  if (end - start > span - 2 * pad) {
    const wider = (end - start) / (1 - 2 * margin);
    const centre = (start + end) / 2;
    return clampWindow({ from: centre - wider / 2, to: centre + wider / 2 }, bounds);
  }
  const shift = start < window.from + pad ? start - pad - window.from : end + pad - window.to;
  return clampWindow({ from: window.from + shift, to: window.to + shift }, bounds);
}

/** A window centred on `[start, end)`, at least MIN_SPAN wide, with a margin around it. */
export function windowAround(start: number, end: number, bounds: Bounds, margin = 0.15): TimeWindow {
  const span = Math.max(MIN_SPAN, (end - start) / (1 - 2 * margin));
  const centre = (start + end) / 2;
  return clampWindow({ from: centre - span / 2, to: centre + span / 2 }, bounds);
}

/**
 * d3-zoom's transform (scale k, then translate by x, y), the same arithmetic
 * line for line, so that a window can become a transform without loading
 * d3-zoom. The gestures hand d3 its own kind (zoomGestures.ts).
 */
class Transform implements ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}
  scale(k: number): ZoomTransform {
    return k === 1 ? this : new Transform(this.k * k, this.x, this.y);
  }
  translate(x: number, y: number): ZoomTransform {
    return x === 0 && y === 0 ? this : new Transform(this.k, this.x + this.k * x, this.y + this.k * y);
  }
  apply(point: [number, number]): [number, number] {
    return [point[0] * this.k + this.x, point[1] * this.k + this.y];
  }
  applyX(x: number): number {
    return x * this.k + this.x;
  }
  applyY(y: number): number {
    return y * this.k + this.y;
  }
  invert(location: [number, number]): [number, number] {
    return [(location[0] - this.x) / this.k, (location[1] - this.y) / this.k];
  }
  invertX(x: number): number {
    return (x - this.x) / this.k;
  }
  invertY(y: number): number {
    return (y - this.y) / this.k;
  }
  rescaleX<S extends ZoomScale>(x: S): S {
    return x.copy().domain(x.range().map((v) => this.invertX(v)).map((v) => x.invert(v))) as S;
  }
  rescaleY<S extends ZoomScale>(y: S): S {
    return y.copy().domain(y.range().map((v) => this.invertY(v)).map((v) => y.invert(v))) as S;
  }
  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

/** The d3-zoom transform that shows `window` through `base` (a scale over the bounds). */
export function transformFor(window: TimeWindow, base: TimeScale): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const x0 = base(new Date(window.from));
  const x1 = base(new Date(window.to));
  const k = (r1 - r0) / (x1 - x0);
  // zoomIdentity.translate(r0 - x0 * k, 0).scale(k), as d3 would build it.
  return new Transform(1, 0, 0).translate(r0 - x0 * k, 0).scale(k);
}

/** The window a d3-zoom transform shows through `base`. */
export function windowFor(transform: ZoomTransform, base: TimeScale): TimeWindow {
  const [d0, d1] = transform.rescaleX(base).domain();
  return { from: d0!.getTime(), to: d1!.getTime() };
}

/** Whether two windows are the same to within a pixel's worth of time (no feedback loops between d3 and the store). */
export function sameWindow(a: TimeWindow | null, b: TimeWindow | null, tolerance = 0): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.from - b.from) <= tolerance && Math.abs(a.to - b.to) <= tolerance;
}

/**
 * The zoom level lanes are laid out at: k rounded DOWN to a quarter power of 2.
 * Layout at a level no larger than the real zoom keeps labels apart (marks only
 * spread as k grows), and lanes stay put while panning or zooming within a level.
 */
export function zoomLevel(k: number): number {
  return 2 ** (Math.floor(Math.log2(Math.max(1, k)) * 4 + 1e-9) / 4);
}

/**
 * The layout level while a run of wheel events goes on, when the zoom's own
 * level (`wanted`) is not laid out yet: zooming in, the level shown (marks
 * only spread apart); zooming out, a whole power of two at most `wanted`
 * (a level no larger than the zoom keeps labels apart), so a long zoom-out
 * lays out a few times rather than at every quarter step.
 */
export function wheelLevel(wanted: number, shown: number): number {
  return wanted >= shown ? shown : 2 ** Math.floor(Math.log2(Math.max(1, wanted)) + 1e-9);
}
