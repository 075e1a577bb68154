import { useEffect, useState } from 'react';

/**
 * A height that replaces the window's: an embed whose host page resizes its
 * frame to fit the content must not size its lanes to the frame (each resize
 * would add lanes, and the frame would grow again). Set by the embed mode.
 */
let fixedHeight: number | null = null;
export function fixViewportHeight(height: number | null): void {
  fixedHeight = height;
}

const currentHeight = () => fixedHeight ?? (typeof window === 'undefined' ? 768 : window.innerHeight || 768);

/** The window's inner height, updated on resize (the timeline sizes its lanes to the screen). */
export function useViewportHeight(): number {
  const [height, setHeight] = useState(currentHeight);
  useEffect(() => {
    const update = () => setHeight(currentHeight());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return height;
}

/** Whether the main pointer is coarse (a finger): targets then keep 44 px. */
export function useCoarsePointer(): boolean {
  const query = '(pointer: coarse)';
  const [coarse, setCoarse] = useState(() => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const update = () => setCoarse(list.matches);
    list.addEventListener?.('change', update);
    return () => list.removeEventListener?.('change', update);
  }, []);
  return coarse;
}
