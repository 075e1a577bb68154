/**
 * The events shown, as CSV: one row per event, in the order given (date
 * order), with the date as ISO strings and in words, the category, the
 * summary, the footnote numbers and the works they cite, both as reference
 * ids (the BibTeX keys of the bibliography export) and as full citations.
 * The columns are documented in README.md.
 *
 * A data file, not a view: the header and every cell are the same whatever
 * the interface language (the dates in words and the citations in English,
 * like the dataset), so the file reads back in (data/import/csv.ts). The
 * Chinese title and summary, where the dataset has them, are columns of
 * their own.
 */
import type { Dataset, TimelineEvent } from '../data/schema';
import { formatDateRange } from '../data/formatDate';
import { referenceText } from '../data/cite';
import { referencesOfEvent } from './cited';
import { toCsv } from './csv';

export const EVENT_CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'approximate',
  'category',
  'summary',
  'footnotes',
  'works',
  'date',
  'category_label',
  'section',
  'date_source',
  'citations',
  'title_zh',
  'summary_zh',
] as const;

/** Several values in one cell: "45; 46". */
export const LIST_SEPARATOR = '; ';
/** Full citations in one cell, one per line (a line break inside a quoted cell). */
export const CITATION_SEPARATOR = '\n';

export function eventsToCsv(events: readonly TimelineEvent[], dataset: Dataset): string {
  const labels = new Map(dataset.categories.map((c) => [c.id, c.label]));
  const rows = events.map((event) => {
    const works = referencesOfEvent(dataset, event);
    return [
      event.id,
      event.title,
      event.start,
      event.end ?? '',
      event.approximate ? 'true' : 'false',
      event.category,
      event.summary,
      event.footnotes.join(LIST_SEPARATOR),
      works.map((r) => r.id).join(LIST_SEPARATOR),
      formatDateRange(event.start, event.end, event.approximate, 'en'),
      labels.get(event.category) ?? '',
      event.section ?? '',
      event.dateSource ?? '',
      works.map((r) => referenceText(r, 'en')).join(CITATION_SEPARATOR),
      event.title_zh ?? '',
      event.summary_zh ?? '',
    ];
  });
  return toCsv(EVENT_CSV_COLUMNS, rows);
}
