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
const eventExtents = new WeakMap<Dataset, readonly [Date, Date] | null>();

/** The span of the dataset's events (not its eras), widened to whole years; null for none. Read once per dataset. */
export function eventsExtent(dataset: Dataset): readonly [Date, Date] | null {
  let extent = eventExtents.get(dataset);
  if (extent === undefined) eventExtents.set(dataset, (extent = dataExtent(dataset.events)));
  return extent;
}

function boundsOf(dataset: Dataset): Bounds {
  const events = eventsExtent(dataset);
  const eras = dataExtent(dataset.eras ?? []);
  // Whole years either way, so the span of both is the outer ends of the two.
  const extent = events && eras ? [events[0] < eras[0] ? events[0] : eras[0], events[1] > eras[1] ? events[1] : eras[1]] : (events ?? eras);
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
