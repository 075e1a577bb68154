/**
 * The dataset's own tours: a tour is played by putting its event ids in the
 * store's `tour` (the same `tour=` link as any hand-made tour). A `tour` that
 * holds exactly a data tour's ids, in its order, is that tour: its title and
 * captions are shown. No React, no DOM.
 */
import type { Dataset, Tour } from '../../data/schema';
import type { StoreState } from '../../state/store';
import { useStore } from '../../state/store';
import { selectDataset } from '../../state/selectors';
import { startPresentation } from './PresentButton';

const NO_TOURS: readonly Tour[] = [];

/** The event ids a tour steps through, in order. */
export const tourEventIds = (tour: Tour): string[] => tour.steps.map((step) => step.event);

/** The dataset's tours whose every step is an event of the dataset (the ones that can be played as written). */
export function playableTours(dataset: Dataset | null): readonly Tour[] {
  if (!dataset?.tours || dataset.tours.length === 0) return NO_TOURS;
  const events = new Set(dataset.events.map((e) => e.id));
  return dataset.tours.filter((tour) => tour.steps.length > 0 && tour.steps.every((step) => events.has(step.event)));
}

/** The dataset tour with exactly these ids in this order, or null. */
export function matchingTour(dataset: Dataset | null, ids: readonly string[] | null): Tour | null {
  if (!dataset?.tours || !ids || ids.length === 0) return null;
  return dataset.tours.find((tour) => tour.steps.length === ids.length && tour.steps.every((step, i) => step.event === ids[i])) ?? null;
}

/** The data tour being played, if the store's `tour` is one, in the interface language (a stable object: safe as a selector). */
export const selectDataTour = (state: StoreState): Tour | null => matchingTour(selectDataset(state), state.tour);

/**
 * Presents a tour from its first step, or (null) all the visible events by
 * date. In presentation mode "all events" stays on the current slide.
 */
export function presentTour(tour: Tour | null): void {
  const state = useStore.getState();
  if (!tour) {
    state.setTour(null);
    startPresentation();
    return;
  }
  const ids = tourEventIds(tour);
  state.setTour(ids);
  if (ids[0]) state.selectEvent(ids[0]);
  state.setMode('present');
}
