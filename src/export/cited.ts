/**
 * What a set of events cites: their footnotes (in number order) and the works
 * those footnotes cite (in bibliography order), each once. Footnotes or works
 * that the dataset lacks are left out here (the details panel reports them).
 */
import type { Dataset, Footnote, Reference, TimelineEvent } from '../data/schema';

/** The footnote numbers the events cite, each once, in ascending order. */
export function citedFootnoteNumbers(events: readonly Pick<TimelineEvent, 'footnotes'>[]): number[] {
  return [...new Set(events.flatMap((e) => e.footnotes))].sort((a, b) => a - b);
}

/** The dataset's footnotes with these numbers, in number order. */
export function footnotesNumbered(dataset: Dataset, numbers: Iterable<number>): Footnote[] {
  const wanted = new Set(numbers);
  return dataset.footnotes.filter((f) => wanted.has(f.n)).sort((a, b) => a.n - b.n);
}

/** The dataset's works these footnotes cite, in the dataset's (bibliography) order. */
export function referencesCitedBy(dataset: Dataset, footnotes: readonly Footnote[]): Reference[] {
  const wanted = new Set(footnotes.flatMap((f) => f.refs));
  return dataset.references.filter((r) => wanted.has(r.id));
}

/** The footnotes and works the events cite. */
export function citedBy(dataset: Dataset, events: readonly TimelineEvent[]): { footnotes: Footnote[]; references: Reference[] } {
  const footnotes = footnotesNumbered(dataset, citedFootnoteNumbers(events));
  return { footnotes, references: referencesCitedBy(dataset, footnotes) };
}

/** The works one event cites, through its footnotes, each once, in the order its footnotes cite them. */
export function referencesOfEvent(dataset: Dataset, event: TimelineEvent): Reference[] {
  const byId = new Map(dataset.references.map((r) => [r.id, r]));
  const ids = new Set(footnotesNumbered(dataset, event.footnotes).flatMap((f) => f.refs));
  return [...ids].flatMap((id) => byId.get(id) ?? []);
}
