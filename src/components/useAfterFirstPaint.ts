import { useEffect, useState } from 'react';

let painted = false;
let firstPaint: Promise<void> | undefined;

/** Resolves once the page has painted a frame: a task queued from an animation frame runs after that frame. */
function afterFirstPaint(): Promise<void> {
  return (firstPaint ??= new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        painted = true;
        resolve();
      }),
    ),
  ));
}

/**
 * False until the page's first frame is on screen, then true: for what only
 * adds detail to that frame (densities) and would hold it back. Parts mounted
 * later get true at once. The first frame's work is a long task, so React's
 * own deferral (useDeferredValue) runs before the browser gets to paint it.
 */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(painted);
  useEffect(() => {
    if (done) return;
    let live = true;
    void afterFirstPaint().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [done]);
  return done;
}
