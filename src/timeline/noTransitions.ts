/**
 * Stands in for d3-transition, which vite.config.ts aliases here. d3-zoom
 * imports it only to interrupt running transitions and to animate a
 * double-click; this app runs no transitions (useZoom sets `duration(0)`: a
 * double-click zooms at once, like every other change of view), so there is
 * never one to interrupt. That keeps d3-transition, d3-ease and d3-timer
 * (about 4 kB of gzip) out of the initial load.
 */
import { selection } from 'd3-selection';

/** d3-transition's `interrupt(node)`: with no transitions there is nothing to stop. */
export function interrupt(): void {}

// d3-transition's `selection.interrupt()`, which zoom.transform calls.
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function interrupt(this: unknown) {
  return this;
};
