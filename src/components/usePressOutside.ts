import { useEffect, useRef, type RefObject } from 'react';

/** While `active`, a press anywhere outside `ref`'s element calls `onOutside` (a disclosure closes). */
export function usePressOutside(ref: RefObject<Element | null>, active: boolean, onOutside: () => void): void {
  const latest = useRef(onOutside);
  latest.current = onOutside;
  useEffect(() => {
    if (!active) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) latest.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [ref, active]);
}
