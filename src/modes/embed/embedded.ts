/**
 * The code only an embedded page runs, in one chunk fetched before its first
 * render (beforeFirstRender.ts): its style sheet, the frame's height messages,
 * the wheel hint and "Open the full timeline".
 */
import { useEmbedFrame } from './useEmbed';
import type { EmbedOptions } from './embedOptions';
import './embed.css';

export { useEmbeddedWheel } from './embedWheel';
export { OpenFullTimeline } from './OpenFullTimeline';

/** Runs the embed-only effects (useEmbedFrame) where App renders it, once for the page's life; draws nothing. */
export function EmbedFrame({ options }: { options: EmbedOptions }) {
  useEmbedFrame(options);
  return null;
}
