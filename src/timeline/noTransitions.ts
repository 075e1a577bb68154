/**
 * Stands in for d3-transition, which vite.config.ts aliases here. d3-zoom
 * imports it only to interrupt running transitions and to animate a
 * double-click; this app runs no transitions (the gestures set `duration(0)`: a
 * double-click zooms at once, like every other change of view), so there is
 * never one to interrupt. That keeps d3-transition, d3-ease and d3-timer
 * (about 4 kB of gzip) out of the gestures' chunk (components/zoomGestures.ts,
 * fetched right after the first render; d3-zoom and this file come with it).
 *
 * It also stands in for d3-interpolate where d3-zoom imports it (vite.config.ts):
 * d3-zoom calls `interpolateZoom` only inside a transition, and d3-interpolate
 * would bring every colour space of d3-color with it (another 4 kB).
 */
import { selection } from 'd3-selection';

/** d3-transition's `interrupt(node)`: with no transitions there is nothing to stop. */
export function interrupt(): void {}

// d3-transition's `selection.interrupt()`, which zoom.transform calls.
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function interrupt(this: unknown) {
  return this;
};

/** d3-interpolate's `interpolateZoom`, which d3-zoom calls only to animate a transition: never here. */
export function interpolateZoom(): never {
  throw new Error('zoom transitions are not used: set zoom.duration(0) (see noTransitions.ts)');
}
