import { useEffect, useLayoutEffect } from 'react';
import { HEIGHT_MESSAGE, type EmbedOptions } from './embedOptions';
import { usePageTheme } from './pageTheme';
import { fixViewportHeight } from '../../components/useViewportHeight';

/**
 * What the page-level options do:
 * - the colour theme (usePageTheme, which every page runs);
 * - in an embed inside another page, the height messages to the parent page
 *   (see `useHeightMessages`), and lanes that do not follow the frame's height
 *   (useEmbedFrame, which only an embedded page fetches: see beforeFirstRender.ts).
 */
export function useEmbed(options: EmbedOptions): void {
  usePageTheme(options.theme);
  useEmbedFrame(options);
}

/** The embed-only half of useEmbed: inside another page, a fixed height for the lanes and the height messages. */
export function useEmbedFrame(options: EmbedOptions): void {
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
