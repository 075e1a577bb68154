/**
 * Lenient import: someone else's timeline, where nothing is lost silently.
 *
 * `validateDataset` (../validate.ts) is all-or-nothing: one bad date and the
 * whole file is refused. Importing is per record instead: every record that
 * is valid on its own and consistent with the rest is loaded, and every one
 * that is not is reported with where it is and why, as a `rejected` problem.
 * Nothing is coerced: an invalid date is never turned into today or into a
 * year, an unknown category is never replaced. Where the format lets a
 * missing part have an obvious default (no `source`, no `categories`, no
 * `footnotes` list), the default is used and a `warning` says so.
 *
 * Decisions (the same for every format):
 * - A record with any invalid field is rejected whole: its path names the field.
 * - Duplicate ids (event, category, era, reference id or key, footnote number):
 *   the first loaded one wins, every later one is rejected.
 * - An event in a category that does not exist (or was rejected) is rejected.
 * - An event or era whose end is before its start is rejected.
 * - A tour with a step showing an event that is not loaded is rejected whole
 *   (it could not be played); the step's path names the event.
 * - An event or era citing a footnote that does not exist is kept unchanged,
 *   with a warning: the details panel already shows "Footnote N is not in this
 *   dataset", and dropping the number would hide that the source cites it.
 *   Likewise a footnote citing a missing reference.
 * - Footnote numbers with gaps are fine (an export of a subset has them).
 * - Our JSON only: an event without `summary` or `footnotes` gets "" or []
 *   (absent and empty mean the same there), with one warning per field.
 * - The result has a dataset only when at least one event is loaded.
 *
 * CSV and TimelineJS imports (csv.ts, timelinejs.ts) convert their rows into
 * candidate records and finish here, with problems located in their own
 * terms ("line 5", "events[3].start_date.month").
 */
import * as v from 'valibot';
import { CategorySchema, EraSchema, EventSchema, FootnoteSchema, ReferenceSchema, SourceSchema, TourSchema } from '../schema';
import type { Category, Dataset, Era, Footnote, Reference, Source, TimelineEvent, Tour } from '../schema';
import { describeValue, formatPath, issueMessage, type Problem } from '../validate';
import { isOrdered, parseDate } from '../dates';
import { DEFAULT_SOURCE_TITLE } from './defaults';

export type Severity = 'rejected' | 'warning';

export interface ImportProblem extends Problem {
  /** `rejected`: the record (or the file) was not loaded; `warning`: it was, and this is worth knowing. */
  readonly severity: Severity;
}

export interface ItemCount {
  /** Records of this kind in the file. */
  readonly total: number;
  /** Of those, loaded. */
  readonly loaded: number;
  /** Of those, rejected (loaded + rejected = total). */
  readonly rejected: number;
  /** Records the importer made itself (categories derived from the events); not part of total. */
  readonly created: number;
}

export interface ImportSummary {
  readonly events: ItemCount;
  readonly categories: ItemCount;
  readonly eras: ItemCount;
  readonly footnotes: ItemCount;
  readonly references: ItemCount;
  readonly tours: ItemCount;
}

export type ImportFormat = 'json' | 'timelinejs' | 'csv';

export interface ImportResult {
  /** The format the text was read as. */
  readonly format: ImportFormat;
  /** What could be loaded; null when the file is unusable or no event could be loaded. */
  readonly dataset: Dataset | null;
  readonly problems: readonly ImportProblem[];
  readonly summary: ImportSummary;
}

/** The title of a timeline whose file gives none. */
export { DEFAULT_SOURCE_TITLE };

export type PathKey = string | number;

/**
 * Says where a problem is, in the terms of the input format. `keys` is the
 * path inside the record (["start"], ["footnotes", 2]); `named` is true when
 * the message already names what it is about ("category \"x\" does not exist"),
 * so a format that cannot show `keys` as a path (CSV) must not prefix them.
 */
export type Locator = (keys: readonly PathKey[], message: string, named?: boolean) => Problem;

/** JSON paths under `base`: jsonLocator('events', 3)(['start'], m) → { path: 'events[3].start', message: m }. */
export function jsonLocator(...base: PathKey[]): Locator {
  return (keys, message) => ({ path: formatPath([...base, ...keys]), message });
}

/** One record of the input, converted to our shape (or already rejected by the converter). */
export interface Candidate {
  readonly value: unknown;
  readonly at: Locator;
  /** Problems the converter found; when there are any, the record is rejected with them. */
  readonly rejected?: readonly Problem[];
  /** Warnings to report if the record is loaded. */
  readonly warnings?: readonly Problem[];
  /** Made by the importer, not read from the file (counted as `created`). */
  readonly created?: boolean;
}

/** Everything `buildDataset` needs; the converters fill it. */
export interface DatasetParts {
  readonly format: ImportFormat;
  /** Top-level fields to keep as they are (loose objects keep extra fields). */
  readonly extra?: Readonly<Record<string, unknown>>;
  /** Problems about the document as a whole, reported first. */
  readonly problems?: readonly ImportProblem[];
  /** The source; null when the file has none (then `missing` is reported and the fallback title used). */
  readonly source: { readonly candidate: Candidate | null; readonly fallbackTitle: string; readonly missing: Problem };
  /** The categories, or `derive` to make one per category id the loaded events use (label = id), reported at the locator. */
  readonly categories: readonly Candidate[] | { readonly derive: Locator };
  readonly events: readonly Candidate[];
  /** Where "no event could be loaded" is reported. */
  readonly eventsAt: Locator;
  /** Undefined: the dataset has no `eras` field. */
  readonly eras?: readonly Candidate[];
  readonly footnotes: readonly Candidate[];
  readonly references: readonly Candidate[];
  /** Undefined: the dataset has no `tours` field. */
  readonly tours?: readonly Candidate[];
  /** Whether to warn, per event and era, about footnote numbers that do not exist (off when the format has no footnote texts at all). */
  readonly checkFootnotes?: boolean;
}

const ZERO: ItemCount = { total: 0, loaded: 0, rejected: 0, created: 0 };

/** A summary with nothing in it. */
export function emptySummary(): ImportSummary {
  return { events: ZERO, categories: ZERO, eras: ZERO, footnotes: ZERO, references: ZERO, tours: ZERO };
}

/** A result for a file that cannot be used at all. */
export function unusable(format: ImportFormat, problems: readonly Problem[], summary: ImportSummary = emptySummary()): ImportResult {
  return { format, dataset: null, problems: problems.map((p) => ({ ...p, severity: 'rejected' })), summary };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const quote = (value: unknown) => JSON.stringify(value) ?? String(value);

/** valibot's issues as plain sentences (validate.ts's wording, plus loose objects). */
function plainIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'loose_object' && issue.input !== undefined) return `should be an object, not ${describeValue(issue.input)}`;
  return issueMessage(issue);
}

function issueKeys(issue: v.BaseIssue<unknown>): PathKey[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

class Tally {
  total = 0;
  loaded = 0;
  rejected = 0;
  created = 0;

  count(candidate: Candidate, loaded: boolean): void {
    if (candidate.created) {
      if (loaded) this.created++;
      return;
    }
    this.total++;
    if (loaded) this.loaded++;
    else this.rejected++;
  }

  get value(): ItemCount {
    return { total: this.total, loaded: this.loaded, rejected: this.rejected, created: this.created };
  }
}

/** Validates one candidate on its own; the problems go to `out` as rejections. */
function parseItem<S extends v.GenericSchema>(schema: S, candidate: Candidate, out: ImportProblem[]): v.InferOutput<S> | null {
  if (candidate.rejected && candidate.rejected.length > 0) {
    for (const problem of candidate.rejected) out.push({ ...problem, severity: 'rejected' });
    return null;
  }
  const result = v.safeParse(schema, candidate.value, { abortPipeEarly: true });
  if (result.success) return result.output;
  for (const issue of result.issues) out.push({ ...candidate.at(issueKeys(issue), plainIssue(issue)), severity: 'rejected' });
  return null;
}

function reject(out: ImportProblem[], problem: Problem): void {
  out.push({ ...problem, severity: 'rejected' });
}

function warn(out: ImportProblem[], problem: Problem): void {
  out.push({ ...problem, severity: 'warning' });
}

/** Where a record is, for "first at events[2]" and "see categories[1]". */
const whereIs = (candidate: Candidate) => candidate.at([], '').path || 'the file';

/** The id a rejected record would have had, to explain why others that cite it are not loaded. */
function rawKey(value: unknown, key: string): string | number | undefined {
  if (!isRecord(value)) return undefined;
  const raw = value[key];
  return typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
}

function missing(what: string, key: string | number, rejected: ReadonlyMap<string | number, Candidate>): string {
  const shown = typeof key === 'number' ? String(key) : quote(key);
  const where = rejected.get(key);
  return where ? `${what} ${shown} was not loaded (see ${whereIs(where)})` : `${what} ${shown} does not exist`;
}

/** Loaded records with their keys; later duplicates are rejected. */
class Registry<T> {
  readonly loaded: T[] = [];
  private readonly first = new Map<string | number, Candidate>();
  /** Keys of rejected records (the first one of each). */
  readonly rejected = new Map<string | number, Candidate>();

  has(key: string | number): boolean {
    return this.first.has(key);
  }

  /** The problem message if `key` is taken, else null. */
  duplicate(what: string, key: string | number, shown: string | number = key): string | null {
    const first = this.first.get(key);
    return first ? `${what} ${quote(shown)} is used twice (first at ${whereIs(first)}); only the first is loaded` : null;
  }

  add(item: T, keys: readonly (string | number)[], candidate: Candidate): void {
    this.loaded.push(item);
    for (const key of keys) this.first.set(key, candidate);
  }

  noteRejected(key: string | number | undefined, candidate: Candidate): void {
    if (key !== undefined && !this.first.has(key) && !this.rejected.has(key)) this.rejected.set(key, candidate);
  }
}

function checkRange(start: string, end: string | undefined, candidate: Candidate, out: ImportProblem[]): boolean {
  if (end === undefined) return true;
  const from = parseDate(start);
  const to = parseDate(end);
  if (from && to && !isOrdered(from, to)) {
    reject(out, candidate.at(['end'], `${quote(end)} is before the start ${quote(start)}`));
    return false;
  }
  return true;
}

function warnMissingFootnotes(numbers: readonly number[] | undefined, footnotes: Registry<Footnote>, candidate: Candidate, out: ImportProblem[]): void {
  numbers?.forEach((n, j) => {
    if (!footnotes.has(n)) warn(out, candidate.at(['footnotes', j], missing('footnote', n, footnotes.rejected), true));
  });
}

/** Assembles a dataset from candidate records: everything valid is loaded, everything else is reported. */
export function buildDataset(parts: DatasetParts): ImportResult {
  const documentProblems: ImportProblem[] = [...(parts.problems ?? [])];
  const sourceProblems: ImportProblem[] = [];
  const categoryProblems: ImportProblem[] = [];
  const eventProblems: ImportProblem[] = [];
  const eraProblems: ImportProblem[] = [];
  const footnoteProblems: ImportProblem[] = [];
  const referenceProblems: ImportProblem[] = [];
  const tourProblems: ImportProblem[] = [];

  // References, then the footnotes that cite them.
  const references = new Registry<Reference>();
  const referenceTally = new Tally();
  for (const candidate of parts.references) {
    const reference = parseItem(ReferenceSchema, candidate, referenceProblems);
    let loaded = false;
    if (reference) {
      const byId = references.duplicate('reference id', reference.id);
      const byKey = references.duplicate('reference key', `key:${reference.key}`, reference.key);
      if (byId) reject(referenceProblems, candidate.at(['id'], byId, true));
      else if (byKey) reject(referenceProblems, candidate.at(['key'], byKey, true));
      else {
        references.add(reference, [reference.id, `key:${reference.key}`], candidate);
        loaded = true;
      }
    }
    if (loaded) candidate.warnings?.forEach((w) => warn(referenceProblems, w));
    else references.noteRejected(rawKey(candidate.value, 'id'), candidate);
    referenceTally.count(candidate, loaded);
  }

  const footnotes = new Registry<Footnote>();
  const footnoteTally = new Tally();
  for (const candidate of parts.footnotes) {
    const footnote = parseItem(FootnoteSchema, candidate, footnoteProblems);
    let loaded = false;
    if (footnote) {
      const problem = footnotes.duplicate('footnote number', footnote.n);
      if (problem) reject(footnoteProblems, candidate.at(['n'], problem, true));
      else {
        footnotes.add(footnote, [footnote.n], candidate);
        loaded = true;
        candidate.warnings?.forEach((w) => warn(footnoteProblems, w));
        footnote.refs.forEach((ref, j) => {
          if (!references.has(ref)) warn(footnoteProblems, candidate.at(['refs', j], missing('reference', ref, references.rejected), true));
        });
      }
    }
    if (!loaded) footnotes.noteRejected(rawKey(candidate.value, 'n'), candidate);
    footnoteTally.count(candidate, loaded);
  }

  // Categories given by the file (or made by the converter).
  const categories = new Registry<Category>();
  const categoryTally = new Tally();
  const derive = 'derive' in parts.categories ? parts.categories.derive : null;
  if (!('derive' in parts.categories)) {
    for (const candidate of parts.categories) {
      const category = parseItem(CategorySchema, candidate, categoryProblems);
      let loaded = false;
      if (category) {
        const problem = categories.duplicate('category id', category.id);
        if (problem) reject(categoryProblems, candidate.at(['id'], problem, true));
        else {
          categories.add(category, [category.id], candidate);
          loaded = true;
          candidate.warnings?.forEach((w) => warn(categoryProblems, w));
        }
      }
      if (!loaded) categories.noteRejected(rawKey(candidate.value, 'id'), candidate);
      categoryTally.count(candidate, loaded);
    }
  }

  const checkFootnotes = parts.checkFootnotes ?? true;
  const events = new Registry<TimelineEvent>();
  const eventTally = new Tally();
  for (const candidate of parts.events) {
    const event = parseItem(EventSchema, candidate, eventProblems);
    let loaded = false;
    if (event) {
      const duplicate = events.duplicate('event id', event.id);
      if (!derive && !categories.has(event.category)) reject(eventProblems, candidate.at(['category'], missing('category', event.category, categories.rejected), true));
      else if (!checkRange(event.start, event.end, candidate, eventProblems)) {
        // reported by checkRange
      } else if (duplicate) reject(eventProblems, candidate.at(['id'], duplicate, true));
      else {
        events.add(event, [event.id], candidate);
        loaded = true;
        candidate.warnings?.forEach((w) => warn(eventProblems, w));
        if (checkFootnotes) warnMissingFootnotes(event.footnotes, footnotes, candidate, eventProblems);
      }
    }
    if (!loaded) events.noteRejected(rawKey(candidate.value, 'id'), candidate);
    eventTally.count(candidate, loaded);
  }

  if (derive) {
    const ids = [...new Set(events.loaded.map((event) => event.category))];
    for (const id of ids) categories.loaded.push({ id, label: id, description: '' });
    categoryTally.created = ids.length;
    if (ids.length > 0) {
      const list = ids.map((id) => quote(id)).join(', ');
      warn(categoryProblems, derive([], `${ids.length === 1 ? 'one category was' : `${ids.length} categories were`} made from the events' category ids, each labelled with its id: ${list}`, true));
    }
  }

  const eras = new Registry<Era>();
  const eraTally = new Tally();
  for (const candidate of parts.eras ?? []) {
    const era = parseItem(EraSchema, candidate, eraProblems);
    let loaded = false;
    if (era && checkRange(era.start, era.end, candidate, eraProblems)) {
      const problem = eras.duplicate('era id', era.id);
      if (problem) reject(eraProblems, candidate.at(['id'], problem, true));
      else {
        eras.add(era, [era.id], candidate);
        loaded = true;
        candidate.warnings?.forEach((w) => warn(eraProblems, w));
        if (checkFootnotes) warnMissingFootnotes(era.footnotes, footnotes, candidate, eraProblems);
      }
    }
    eraTally.count(candidate, loaded);
  }

  // Tours: a tour whose steps show an event that is not loaded is rejected whole (it could not be played).
  const tours = new Registry<Tour>();
  const tourTally = new Tally();
  for (const candidate of parts.tours ?? []) {
    const tour = parseItem(TourSchema, candidate, tourProblems);
    let loaded = false;
    if (tour) {
      const missingSteps = tour.steps.flatMap((step, j) => (events.has(step.event) ? [] : [candidate.at(['steps', j, 'event'], missing('event', step.event, events.rejected), true)]));
      const duplicate = tours.duplicate('tour id', tour.id);
      if (missingSteps.length > 0) missingSteps.forEach((problem) => reject(tourProblems, problem));
      else if (duplicate) reject(tourProblems, candidate.at(['id'], duplicate, true));
      else {
        tours.add(tour, [tour.id], candidate);
        loaded = true;
        candidate.warnings?.forEach((w) => warn(tourProblems, w));
      }
    }
    tourTally.count(candidate, loaded);
  }

  let source: Source | null = null;
  if (parts.source.candidate) {
    source = parseItem(SourceSchema, parts.source.candidate, sourceProblems);
    if (source) parts.source.candidate.warnings?.forEach((w) => warn(sourceProblems, w));
    else warn(sourceProblems, parts.source.candidate.at([], `was not loaded; the title ${quote(parts.source.fallbackTitle)} is used instead`));
  } else warn(sourceProblems, parts.source.missing);
  source ??= { title: parts.source.fallbackTitle };

  if (events.loaded.length === 0) {
    const total = eventTally.total;
    const message = total === 0 ? 'there are no events' : total === 1 ? 'the only event could not be loaded' : `none of the ${total} events could be loaded`;
    documentProblems.push({ ...parts.eventsAt([], message, true), severity: 'rejected' });
  }

  const dataset: Dataset | null =
    events.loaded.length === 0
      ? null
      : {
          ...parts.extra,
          source,
          categories: categories.loaded,
          events: events.loaded,
          ...(parts.eras ? { eras: eras.loaded } : {}),
          footnotes: footnotes.loaded,
          references: references.loaded,
          ...(parts.tours ? { tours: tours.loaded } : {}),
        };

  return {
    format: parts.format,
    dataset,
    problems: [...documentProblems, ...sourceProblems, ...categoryProblems, ...eventProblems, ...eraProblems, ...footnoteProblems, ...referenceProblems, ...tourProblems],
    summary: {
      events: eventTally.value,
      categories: categoryTally.value,
      eras: eraTally.value,
      footnotes: footnoteTally.value,
      references: referenceTally.value,
      tours: tourTally.value,
    },
  };
}

/** Aggregates one kind of warning over many records: "events[0], events[4] and 3 more". */
function listPaths(paths: readonly string[], max = 5): string {
  if (paths.length <= max) return paths.join(', ');
  return `${paths.slice(0, max).join(', ')} and ${paths.length - max} more`;
}

const KNOWN_KEYS = new Set(['source', 'categories', 'events', 'eras', 'footnotes', 'references', 'tours']);

/** A list field of the document: its candidates, or null (with a problem) when it is absent or not a list. */
function listOf(doc: Record<string, unknown>, key: string, problems: ImportProblem[], whenMissing: string | null): Candidate[] | null {
  const value = doc[key];
  if (value === undefined) {
    if (whenMissing) problems.push({ path: key, message: whenMissing, severity: 'warning' });
    return null;
  }
  if (!Array.isArray(value)) {
    problems.push({ path: key, message: `should be a list, not ${describeValue(value)}; it is left out`, severity: 'rejected' });
    return null;
  }
  return value.map((item, i) => ({ value: item, at: jsonLocator(key, i) }));
}

/**
 * Imports a dataset in our own JSON format (already parsed), record by record.
 * Never throws; see the decisions at the top of this file.
 */
export function importDataset(json: unknown): ImportResult {
  if (!isRecord(json)) return unusable('json', [{ path: '', message: `should be an object with a list of "events", not ${describeValue(json)}` }]);
  const rawEvents = json.events;
  if (rawEvents === undefined) return unusable('json', [{ path: 'events', message: 'is missing: a timeline needs a list of events' }]);
  if (!Array.isArray(rawEvents)) return unusable('json', [{ path: 'events', message: `should be a list of events, not ${describeValue(rawEvents)}` }]);

  const problems: ImportProblem[] = [];
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) if (!KNOWN_KEYS.has(key)) extra[key] = value;

  // Absent summary and footnotes mean "none": filled in, and said once per field.
  const noSummary: string[] = [];
  const noFootnotes: string[] = [];
  const events: Candidate[] = rawEvents.map((item: unknown, i) => {
    const at = jsonLocator('events', i);
    if (!isRecord(item)) return { value: item, at };
    if (item.summary !== undefined && item.footnotes !== undefined) return { value: item, at };
    const filled: Record<string, unknown> = { ...item };
    if (item.summary === undefined) {
      filled.summary = '';
      noSummary.push(`events[${i}]`);
    }
    if (item.footnotes === undefined) {
      filled.footnotes = [];
      noFootnotes.push(`events[${i}]`);
    }
    return { value: filled, at };
  });
  if (noSummary.length > 0) {
    problems.push({ path: 'events', message: `${noSummary.length === 1 ? 'one event has' : `${noSummary.length} events have`} no "summary" and ${noSummary.length === 1 ? 'is' : 'are'} given an empty one: ${listPaths(noSummary)}`, severity: 'warning' });
  }
  if (noFootnotes.length > 0) {
    problems.push({ path: 'events', message: `${noFootnotes.length === 1 ? 'one event has' : `${noFootnotes.length} events have`} no "footnotes" list and ${noFootnotes.length === 1 ? 'is' : 'are'} given an empty one: ${listPaths(noFootnotes)}`, severity: 'warning' });
  }

  const categories = listOf(json, 'categories', problems, null);
  const footnotes = listOf(json, 'footnotes', problems, 'is missing; the timeline has no footnotes');
  const references = listOf(json, 'references', problems, 'is missing; the timeline has no references');
  const eras = listOf(json, 'eras', problems, null);
  const tours = listOf(json, 'tours', problems, null);

  return buildDataset({
    format: 'json',
    extra,
    problems,
    source: {
      candidate: json.source === undefined ? null : { value: json.source, at: jsonLocator('source') },
      fallbackTitle: DEFAULT_SOURCE_TITLE,
      missing: { path: 'source', message: `is missing; the title ${quote(DEFAULT_SOURCE_TITLE)} is used` },
    },
    categories:
      categories ??
      {
        derive: (_keys, message) => ({
          path: 'categories',
          message: `${json.categories === undefined ? 'are missing' : 'were left out'}; ${message}`,
        }),
      },
    events,
    eventsAt: jsonLocator('events'),
    ...(eras ? { eras } : json.eras === undefined ? {} : { eras: [] }),
    footnotes: footnotes ?? [],
    references: references ?? [],
    ...(tours ? { tours } : json.tours === undefined ? {} : { tours: [] }),
  });
}
