/**
 * The events a presentation steps through, apart from the rest of sequence.ts
 * (the slides' texts): the Present button and the P key need it on the first
 * screen, the rest comes with the presentation. No React, no DOM.
 */
import type { TimelineEvent } from '../../data/schema';
import type { StoreState } from '../../state/store';
import { selectDataset, selectVisibleEvents } from '../../state/selectors';

const NO_EVENTS: readonly TimelineEvent[] = [];

let lastTour: { events: readonly TimelineEvent[]; tour: readonly string[]; result: readonly TimelineEvent[] } | null = null;

/**
 * The events a presentation steps through: exactly the tour's events in the
 * tour's order when there is a tour (unknown ids left out), otherwise the
 * visible (filtered) events in date order. The same array while its inputs
 * are unchanged, so it is safe as a store selector.
 */
export function selectPresentationSequence(state: StoreState): readonly TimelineEvent[] {
  const { tour } = state;
  const dataset = selectDataset(state);
  if (!dataset) return NO_EVENTS;
  if (!tour || tour.length === 0) return selectVisibleEvents(state);
  if (lastTour && lastTour.events === dataset.events && lastTour.tour === tour) return lastTour.result;
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  const result = tour.flatMap((id) => {
    const event = byId.get(id);
    return event ? [event] : [];
  });
  lastTour = { events: dataset.events, tour, result };
  return result;
}
