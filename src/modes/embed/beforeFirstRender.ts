/**
 * What only an embedded page (?embed=1) needs — its style sheet, the height
 * messages to the host page, the wheel that leaves the host page's scrolling
 * alone, "Open the full timeline" — is a chunk of its own, out of every other
 * page's initial load. An embedded page must look embedded from its first
 * frame, so it fetches the chunk before React's first render.
 */
import { lazyModule } from '../../lazyModule';
import { readEmbedOptions } from './embedOptions';

/** The embedded page's code (embedded.ts). */
export const embeddedParts = lazyModule(() => import('./embedded'));

/**
 * Resolves at once on a page that is not embedded, and once the embedded
 * page's code is there on one that is. main.tsx waits for it before React's
 * first render. Never rejects: if the chunk cannot be fetched (offline), App
 * says so (LazyPart, with Try again) instead of drawing the page unembedded.
 */
export function beforeFirstRender(search: string = window.location.search): Promise<void> {
  if (!readEmbedOptions(search).embed) return Promise.resolve();
  return embeddedParts.load().then(
    () => undefined,
    () => undefined,
  );
}
