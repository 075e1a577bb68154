import { useEffect, useLayoutEffect } from 'react';
import type { EmbedOptions } from './embedOptions';
import { HEIGHT_MESSAGE } from './snippet';
import { useStore } from '../../state/store';
import { applyTheme, resolveTheme, storedTheme, SYSTEM_QUERIES } from '../../state/theme';
import { fixViewportHeight } from '../../components/useViewportHeight';
import './embed.css';

/**
 * What the page-level options do, called once by App:
 * - the colour theme: `?theme=` in an embed, else the remembered choice, else
 *   the system's; applied as `data-theme` on <html>, following the system live
 *   while the choice is "system";
 * - in an embed inside another page, the height messages to the parent page
 *   (see `useHeightMessages`), and lanes that do not follow the frame's height.
 */
export function useEmbed(options: EmbedOptions): void {
  useTheme(options.theme);
  const framed = options.embed && isFramed();
  useLayoutEffect(() => {
    if (!framed) return;
    fixViewportHeight(Math.max(400, window.innerHeight || 600));
    return () => fixViewportHeight(null);
  }, [framed]);
  useHeightMessages(framed);
}

function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

function useTheme(override: EmbedOptions['theme']): void {
  const theme = useStore((state) => state.theme);
  const setTheme = useStore((state) => state.setTheme);

  // Once: the embedding page's theme, else the reader's remembered one.
  useLayoutEffect(() => {
    const initial = override ?? storedTheme();
    if (initial && useStore.getState().theme !== initial) setTheme(initial);
  }, [override, setTheme]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    const apply = () => applyTheme(resolveTheme(theme), root);
    apply();
    if (theme !== 'system' || typeof window.matchMedia !== 'function') return;
    const lists = SYSTEM_QUERIES.map((query) => window.matchMedia(query));
    for (const list of lists) list.addEventListener?.('change', apply);
    return () => {
      for (const list of lists) list.removeEventListener?.('change', apply);
    };
  }, [theme]);
}

/** The height of the document's content (not of the frame: that would never shrink). */
export function contentHeight(doc: Document = document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Posts `{ type: "scs-timeline:height", height }` to the parent page whenever
 * the content's height changes, so a host page can size the iframe to fit
 * (README: "Embed it in a course website"). The height is not secret, so the
 * target origin is "*". The app listens to no message in return.
 */
export function useHeightMessages(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let last = -1;
    const post = () => {
      const height = contentHeight();
      if (!Number.isFinite(height) || height <= 0 || height === last) return;
      last = height;
      try {
        window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
      } catch {
        // A parent that cannot be reached simply keeps the frame's own height.
      }
    };
    post();
    if (typeof ResizeObserver !== 'function') {
      window.addEventListener('resize', post);
      return () => window.removeEventListener('resize', post);
    }
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    if (document.body) observer.observe(document.body);
    return () => observer.disconnect();
  }, [enabled]);
}
