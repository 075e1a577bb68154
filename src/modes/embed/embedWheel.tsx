import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useStore } from '../../state/store';
import { t } from '../../i18n/messages';
import type { EmbedWheel } from './useEmbedWheel';
import '../../i18n/messagesLater';

/** How long the wheel hint stays after the last wheel event it answered. */
export const WHEEL_HINT_MS = 2200;

/**
 * An embedded timeline must not hijack the host page's scrolling: the wheel
 * zooms only with Ctrl/⌘ held, or after a click into the timeline (until the
 * pointer leaves it, or focus leaves it while the pointer is elsewhere).
 * Otherwise the wheel scrolls the page, and a brief hint says how to zoom
 * (announced politely once). Only an embedded page runs it (see useEmbedWheel).
 */
export function useEmbeddedWheel(): EmbedWheel {
  const announce = useStore((state) => state.announce);
  const engaged = useRef(false);
  const hovering = useRef(false);
  const announced = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [hint, setHint] = useState(false);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onBlockedWheel = useCallback(() => {
    setHint(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setHint(false), WHEEL_HINT_MS);
    if (!announced.current) {
      announced.current = true;
      announce(t('embedWheelHint'));
    }
  }, [announce]);

  const wheelNeedsModifier = useCallback(() => !engaged.current, []);

  const plotProps = useMemo(
    () => ({
      onPointerDown: () => {
        engaged.current = true;
        clearTimeout(timer.current);
        setHint(false);
      },
      onPointerEnter: () => {
        hovering.current = true;
      },
      onPointerLeave: () => {
        hovering.current = false;
        engaged.current = false;
      },
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const next = event.relatedTarget as Node | null;
        if (!hovering.current && !(next && event.currentTarget.contains(next))) engaged.current = false;
      },
    }),
    [],
  );

  return {
    zoom: { wheelNeedsModifier, onBlockedWheel },
    plotProps,
    hint: hint ? (
      <p className="embed-wheel-hint" aria-hidden="true">
        {t('embedWheelHint')}
      </p>
    ) : null,
  };
}
