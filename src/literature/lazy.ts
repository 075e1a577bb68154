import { lazyModule } from '../lazyModule';

/** The lane, the histogram and a work's panel: fetched when the lane is shown or a work is opened. */
export const literatureParts = lazyModule(() => import('./parts'));
