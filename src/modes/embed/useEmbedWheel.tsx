import { useState, type FocusEvent, type ReactNode } from 'react';
import { readEmbedOptions } from './embedOptions';
import { embeddedParts } from './beforeFirstRender';

export interface EmbedWheel {
  /** Options for useZoom: empty outside an embed (the wheel zooms as always). */
  readonly zoom: { wheelNeedsModifier?: () => boolean; onBlockedWheel?: () => void };
  /** Handlers for the element around the timeline's SVG. */
  readonly plotProps: {
    onPointerDown?: () => void;
    onPointerEnter?: () => void;
    onPointerLeave?: () => void;
    onBlur?: (event: FocusEvent<HTMLElement>) => void;
  };
  /** The visible hint, while it shows. */
  readonly hint: ReactNode;
}

const NOT_EMBEDDED_WHEEL: EmbedWheel = { zoom: {}, plotProps: {}, hint: null };

/**
 * The wheel of an embedded timeline (see embedWheel.tsx): in an embed it zooms
 * only with Ctrl/⌘ or after a click into the timeline; elsewhere it is left as
 * it is. The embedded page's code is not in the initial load: an embedded page
 * has it before its first render (beforeFirstRender.ts, or App waiting for it).
 */
export function useEmbedWheel(search: string = typeof window === 'undefined' ? '' : window.location.search): EmbedWheel {
  // Chosen once for the component's life, so the hooks it calls never change between renders.
  // (An embedded page whose code has not arrived, which App does not render, keeps the plain wheel.)
  const [useWheel] = useState(() => (readEmbedOptions(search).embed ? (embeddedParts.current()?.useEmbeddedWheel ?? null) : null));
  return useWheel ? useWheel() : NOT_EMBEDDED_WHEEL;
}
