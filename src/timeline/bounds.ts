import type { Dataset } from '../data/schema';
import { dataExtent } from './scale';
import type { Bounds } from './viewport';

/**
 * How far the timeline can pan: the span of every event and era (not only the
 * filtered ones, so filtering never moves the axis), padded by 3% on each side
 * and at least one year wide.
 */
export function timelineBounds(dataset: Dataset): Bounds {
  let bounds = cache.get(dataset);
  if (!bounds) cache.set(dataset, (bounds = boundsOf(dataset)));
  return bounds;
}

// The timeline, the overview, the address and the presentation each ask, and a big dataset has 100,000 dates to read.
const cache = new WeakMap<Dataset, Bounds>();

function boundsOf(dataset: Dataset): Bounds {
  const extent = dataExtent([...dataset.events, ...(dataset.eras ?? [])]);
  const year = 365.25 * 24 * 60 * 60 * 1000;
  if (!extent) {
    const now = Date.UTC(2000, 0, 1);
    return { from: now - year / 2, to: now + year / 2 };
  }
  const from = extent[0].getTime();
  const to = extent[1].getTime();
  const pad = Math.max((to - from) * 0.03, 0);
  const span = to - from + 2 * pad;
  const extra = span < year ? (year - span) / 2 : 0;
  return { from: from - pad - extra, to: to + pad + extra };
}
