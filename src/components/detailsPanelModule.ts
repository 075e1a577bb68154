import { lazyModule } from '../lazyModule';

/**
 * An event's details: not on the first screen. Fetched on the first selection, once the browser is
 * idle (App.tsx), or before the first render of a link that opens an event (main.tsx), so that
 * link's first frame shows them rather than "Loading…".
 */
export const detailsPanel = lazyModule(() => import('./DetailsPanel'));
