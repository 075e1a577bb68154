/**
 * The cited works as data on the timeline: when each was published, what
 * kind of work it is, which footnotes cite it and which events those
 * footnotes support. Pure functions of the dataset; the literature lane,
 * the histogram and the work panel render what these return.
 */
import type { Dataset, Footnote, Reference, TimelineEvent } from '../data/schema';
import { ReferenceKinds } from '../data/vocab';
import { compareDates, endMs, parseDate, startMs, type PartialDate } from '../data/dates';
import { compareIds } from '../data/order';

export type WorkKind = (typeof ReferenceKinds)[number];
/** Lane rows, top to bottom; works without a kind get their own row rather than being left out. */
export type WorkRow = WorkKind | 'unknown';
export const WORK_ROWS: readonly WorkRow[] = [...ReferenceKinds, 'unknown'];

export interface DatedWork {
  readonly reference: Reference;
  readonly row: WorkRow;
  /** The publication date at the precision the bibliography gives (day for news items, else the year). */
  readonly date: PartialDate;
  /** The instants the date covers: [start, end). */
  readonly from: number;
  readonly to: number;
}

export interface Works {
  /** Every work with a publication date, in date order (then by key). */
  readonly dated: readonly DatedWork[];
  /** Works the bibliography gives no date for ("n.d."): listed, never silently dropped. */
  readonly undated: readonly Reference[];
}

/** A short name for a work: its key and title, e.g. "Ahmed 2019, “The politics of …”". */
export function workShortName(reference: Reference): string {
  return `${reference.key}, “${reference.title}”.`;
}

/** A reference's publication date: its `date` when given, else its `year`, else none. */
export function publicationDate(reference: Reference): PartialDate | null {
  if (reference.date) return parseDate(reference.date);
  if (reference.year !== null && Number.isInteger(reference.year) && reference.year >= 1 && reference.year <= 9999) {
    return parseDate(String(reference.year).padStart(4, '0'));
  }
  return null;
}

const cache = new WeakMap<Dataset, Works>();

/** The dataset's works, dated and undated. Cached per dataset object. */
export function worksOf(dataset: Dataset): Works {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const dated: DatedWork[] = [];
  const undated: Reference[] = [];
  for (const reference of dataset.references) {
    const date = publicationDate(reference);
    if (!date) {
      undated.push(reference);
      continue;
    }
    dated.push({ reference, row: reference.kind ?? 'unknown', date, from: startMs(date), to: endMs(date) });
  }
  // Works of one date by id, the key as a slug ("Arsène 2019" is arsene-2019): the key itself would
  // need Intl's collator, whose first use costs the page's start-up 20 to 50 ms.
  dated.sort((a, b) => compareDates(a.date, b.date) || compareIds(a.reference.id, b.reference.id));
  const works = { dated, undated };
  cache.set(dataset, works);
  return works;
}

export interface WorkCitations {
  /** Footnotes whose refs include the work, by number. */
  readonly footnotes: readonly Footnote[];
  /** Events citing any of those footnotes, in the dataset's order. */
  readonly events: readonly TimelineEvent[];
}

const citingCache = new WeakMap<Dataset, ReadonlyMap<string, readonly number[]>>();

/** For every reference id, the numbers of the footnotes citing it (ascending). Cached per dataset object. */
export function footnotesCiting(dataset: Dataset): ReadonlyMap<string, readonly number[]> {
  const cached = citingCache.get(dataset);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  for (const footnote of [...dataset.footnotes].sort((a, b) => a.n - b.n)) {
    for (const ref of new Set(footnote.refs)) map.set(ref, [...(map.get(ref) ?? []), footnote.n]);
  }
  citingCache.set(dataset, map);
  return map;
}

/** The footnotes that cite a work and the events those footnotes support. */
export function citationsOf(dataset: Dataset, referenceId: string): WorkCitations {
  const footnotes = dataset.footnotes.filter((f) => f.refs.includes(referenceId)).sort((a, b) => a.n - b.n);
  const numbers = new Set(footnotes.map((f) => f.n));
  const events = dataset.events.filter((e) => e.footnotes.some((n) => numbers.has(n)));
  return { footnotes, events };
}

/** The ids of the works an event's footnotes cite. */
export function worksBehind(dataset: Dataset, event: TimelineEvent): ReadonlySet<string> {
  const cited = new Set(event.footnotes);
  const ids = new Set<string>();
  for (const footnote of dataset.footnotes) if (cited.has(footnote.n)) for (const ref of footnote.refs) ids.add(ref);
  return ids;
}

export interface YearCount {
  readonly year: number;
  /** Works per row (kind) published that year; every row is present, zeros included. */
  readonly counts: Readonly<Record<WorkRow, number>>;
  readonly total: number;
}

const emptyCounts = (): Record<WorkRow, number> => Object.fromEntries(WORK_ROWS.map((row) => [row, 0])) as Record<WorkRow, number>;

/** Publications per year by kind, for every year from the first dated work to the last (empty years included). */
export function publicationsPerYear(works: Works): YearCount[] {
  if (works.dated.length === 0) return [];
  const first = works.dated[0]!.date.year;
  const last = works.dated.at(-1)!.date.year;
  const years = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, counts: emptyCounts(), total: 0 }));
  for (const work of works.dated) {
    const bin = years[work.date.year - first]!;
    bin.counts[work.row] += 1;
    bin.total += 1;
  }
  return years;
}
