/** Where focus goes when a presentation ends: the event's mark in the timeline (or its row in the list). */

const selectorFor = (id: string) => `[data-event-id="${id.replace(/["\\]/g, '')}"]`;

function focusTarget(id: string): HTMLElement | SVGElement | null {
  const candidates = [...document.querySelectorAll<HTMLElement | SVGElement>(selectorFor(id))].filter((node) => !node.closest('.presentation'));
  const target = candidates.find((node) => node.closest('.timeline-svg')) ?? candidates[0];
  if (!target) return null;
  if (target.matches('button, [tabindex], a[href]')) return target;
  return target.querySelector<HTMLElement>('button, [tabindex], a[href]');
}

/**
 * Focuses the event's mark once the browsing view has drawn it: tries on each
 * animation frame (the timeline measures its width before it draws its marks,
 * and may redraw them once), and stops when the mark has kept focus for a
 * couple of frames, after about a second, or when the reader acts first.
 */
export function focusEventSoon(id: string, frames = 60): void {
  if (typeof document === 'undefined') return;
  const schedule = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (fn: FrameRequestCallback) => setTimeout(() => fn(Date.now()), 16);
  let left = frames;
  let held = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    document.removeEventListener('pointerdown', stop, true);
    document.removeEventListener('keydown', stop, true);
  };
  document.addEventListener('pointerdown', stop, true);
  document.addEventListener('keydown', stop, true);
  const attempt = () => {
    if (stopped) return;
    const target = focusTarget(id);
    if (target && document.activeElement === target) held += 1;
    else if (target) {
      held = 0;
      target.focus({ preventScroll: false });
    }
    left -= 1;
    if (held >= 3 || left <= 0) stop();
    else schedule(attempt);
  };
  schedule(attempt);
}
