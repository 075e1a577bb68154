/**
 * The events shown, as a dataset in our own format that validateDataset (and
 * `npm run data:check`) accepts: the source, all categories, the events given,
 * the eras, the footnotes that those events and eras cite and the works those
 * footnotes cite.
 * Footnotes keep the article's numbers, gaps and all.
 */
import type { Dataset, TimelineEvent } from '../data/schema';
import { citedFootnoteNumbers, footnotesNumbered, referencesCitedBy } from './cited';

/** The part of the dataset that the events need, as a dataset of its own. */
export function subsetDataset(dataset: Dataset, events: readonly TimelineEvent[]): Dataset {
  const eras = dataset.eras ?? [];
  const cited = footnotesNumbered(dataset, citedFootnoteNumbers([...events, ...eras.map((era) => ({ footnotes: era.footnotes ?? [] }))]));
  return {
    source: dataset.source,
    categories: dataset.categories,
    events: [...events],
    ...(dataset.eras ? { eras: dataset.eras } : {}),
    footnotes: cited,
    references: referencesCitedBy(dataset, cited),
  };
}

export function eventsToJson(events: readonly TimelineEvent[], dataset: Dataset): string {
  return `${JSON.stringify(subsetDataset(dataset, events), null, 2)}\n`;
}
