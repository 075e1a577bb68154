import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../data/schema';
import { useStore } from '../../state/store';
import { coverage } from '../../timeline/scale';
import { spanOf, windowAround, type Bounds, type TimeWindow } from '../../timeline/viewport';

/** The longest a move of the timeline takes. */
export const FOLLOW_MS = 500;
/** Context shown on each side of the event: a few years, so its neighbours are in view. */
const CONTEXT = 3 * 365.25 * 24 * 60 * 60 * 1000;

/** The window that shows an event with a few years of context on each side. */
export function windowForEvent(event: TimelineEvent, bounds: Bounds): TimeWindow | null {
  const span = coverage(event);
  if (!span) return null;
  return windowAround(span[0].getTime() - CONTEXT, span[1].getTime() + CONTEXT, bounds);
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const ease = (p: number) => (p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2);

/**
 * Moves the store's time window to the event: at once when the presentation
 * opens or motion is reduced, otherwise smoothly (FOLLOW_MS) from wherever the
 * window is, even halfway through the previous move.
 */
export function useFollowWindow(event: TimelineEvent | undefined, bounds: Bounds) {
  const first = useRef(true);
  useEffect(() => {
    if (!event) return;
    const target = windowForEvent(event, bounds);
    if (!target) return;
    const { setWindow } = useStore.getState();
    const put = (w: TimeWindow) => setWindow(spanOf(w) >= spanOf(bounds) - 1 ? null : w);
    const start = useStore.getState().window ?? bounds;
    const instant = first.current || prefersReducedMotion() || typeof requestAnimationFrame !== 'function';
    first.current = false;
    if (instant || (start.from === target.from && start.to === target.to)) {
      put(target);
      return;
    }
    let frame = 0;
    let t0: number | null = null;
    const step = (now: number) => {
      t0 ??= now;
      const p = Math.min(1, (now - t0) / FOLLOW_MS);
      const k = ease(p);
      put(p >= 1 ? target : { from: start.from + (target.from - start.from) * k, to: start.to + (target.to - start.to) * k });
      if (p < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
    // Only when the event changes (or the dataset's bounds): the window is read fresh each time.
  }, [event, bounds]);
}
