/**
 * Validates a dataset against the public contract and reports every problem
 * with its JSON path and a plain reason:
 *   events[12].start: "1990-13-01" is not a date
 * Nothing is coerced: the dataset is returned unchanged, or not at all.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';
import { isOrdered, parseDate } from './dates';
import { isPlainValidEvent } from './plainEvent';
import { currentLang, type Lang } from '../i18n/messages';
import { langPack } from '../i18n/packs';

export interface Problem {
  /** JSON path, e.g. `events[12].start`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

export interface Validation {
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
}



/** Formats a path as JavaScript would write it: `events[12].start`, `source["odd key"]`. */
export function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

/**
 * A problem as one line, in the interface language (or `lang`):
 * `events[12].start: "1990-13-01" is not a date`, or in Chinese
 * `events[12].start："1990-13-01" 不是有效的日期`. `lang` is the language
 * the line is in: English where no Chinese rule knows the sentence
 * (i18n/problems.ts).
 */
export function localizeProblem(problem: Problem, lang: Lang = currentLang()): { readonly text: string; readonly lang: Lang } {
  const pack = lang === 'en' ? undefined : langPack(lang);
  const message = pack?.translateProblem(problem.message);
  if (!pack || message === null || message === undefined) return { text: problem.path ? `${problem.path}: ${problem.message}` : problem.message, lang: 'en' };
  return { text: problem.path ? `${pack.problemPath(problem.path)}：${message}` : message, lang };
}

/** A problem as one line in the interface language (one parameter, so `problems.map(formatProblem)` works). */
export function formatProblem(problem: Problem): string {
  return localizeProblem(problem).text;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  loose_object: 'an object',
  integer: 'a whole number',
  min_value: 'a number of at least 1',
};

export function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'is missing';
  // Custom messages (dates, ids, links) are already plain sentences.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.type === 'picklist') return `${describeValue(issue.input)} is not one of ${issue.expected ?? 'the allowed values'}`;
  const expected = EXPECTED[issue.type] ?? issue.expected ?? issue.type;
  return `should be ${expected}, not ${describeValue(issue.input)}`;
}

function parseWithSchema(input: unknown): { dataset: Dataset | null; problems: Problem[] } {
  // Events are most of a big dataset: when each passes the quick check (which accepts no more than the
  // schema), the schema checks the rest and the events are kept as they are. Otherwise the schema checks
  // everything, so every problem is named with its path.
  const events = (input as { events?: unknown }).events;
  if (Array.isArray(events) && events.length > 0 && events.every(isPlainValidEvent)) {
    const rest = v.safeParse(DatasetSchema, { ...(input as object), events: [] }, { abortPipeEarly: true });
    if (rest.success) return { dataset: { ...rest.output, events: events as Dataset['events'] }, problems: [] };
  }
  const result = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  if (result.success) return { dataset: result.output, problems: [] };
  const problems = result.issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key)),
    message: issueMessage(issue),
  }));
  return { dataset: null, problems };
}

function duplicates<T>(items: readonly T[], keyOf: (item: T) => string | number, path: (index: number) => string, what: string): Problem[] {
  const firstIndex = new Map<string | number, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else problems.push({ path: path(index), message: `${what} ${JSON.stringify(key)} is used twice (first at ${path(first)})` });
  });
  return problems;
}

/**
 * Checks that span records: unique ids, known categories, cited footnotes and references that exist,
 * ordered ranges, tour steps whose events exist. Footnote numbers may have gaps: an excerpt keeps its article's numbers.
 */
export function crossProblems(dataset: Dataset): Problem[] {
  const sectionNumbers = (dataset.sections ?? []).flatMap((section, i) => section.numbers.map((number, j) => ({ number, path: `sections[${i}].numbers[${j}]` })));
  const problems: Problem[] = [
    ...duplicates(dataset.categories, (c) => c.id, (i) => `categories[${i}].id`, 'category id'),
    ...duplicates(dataset.events, (e) => e.id, (i) => `events[${i}].id`, 'event id'),
    ...duplicates(dataset.eras ?? [], (e) => e.id, (i) => `eras[${i}].id`, 'era id'),
    ...duplicates(dataset.footnotes, (f) => f.n, (i) => `footnotes[${i}].n`, 'footnote number'),
    ...duplicates(dataset.references, (r) => r.id, (i) => `references[${i}].id`, 'reference id'),
    ...duplicates(dataset.references, (r) => r.key, (i) => `references[${i}].key`, 'reference key'),
    ...duplicates(dataset.tours ?? [], (t) => t.id, (i) => `tours[${i}].id`, 'tour id'),
    ...duplicates(dataset.sections ?? [], (s) => s.id, (i) => `sections[${i}].id`, 'section id'),
    // One band per section number, or an event's band would depend on the order of the list.
    ...duplicates(sectionNumbers, (entry) => entry.number, (k) => sectionNumbers[k]!.path, 'section number'),
  ];
  const categories = new Set(dataset.categories.map((c) => c.id));
  const footnotes = new Set(dataset.footnotes.map((f) => f.n));
  const references = new Set(dataset.references.map((r) => r.id));
  const events = new Set(dataset.events.map((e) => e.id));

  const checkRange = (start: string, end: string | undefined, path: string) => {
    if (end === undefined) return;
    const from = parseDate(start);
    const to = parseDate(end);
    if (from && to && !isOrdered(from, to)) problems.push({ path: `${path}.end`, message: `${JSON.stringify(end)} is before the start ${JSON.stringify(start)}` });
  };
  const checkFootnotes = (numbers: readonly number[] | undefined, path: string) =>
    numbers?.forEach((n, j) => {
      if (!footnotes.has(n)) problems.push({ path: `${path}.footnotes[${j}]`, message: `footnote ${n} does not exist` });
    });

  dataset.events.forEach((event, i) => {
    const path = `events[${i}]`;
    if (!categories.has(event.category)) problems.push({ path: `${path}.category`, message: `category ${JSON.stringify(event.category)} does not exist` });
    checkRange(event.start, event.end, path);
    checkFootnotes(event.footnotes, path);
  });
  dataset.eras?.forEach((era, i) => {
    checkRange(era.start, era.end, `eras[${i}]`);
    checkFootnotes(era.footnotes, `eras[${i}]`);
  });
  dataset.footnotes.forEach((footnote, i) => {
    footnote.refs.forEach((ref, j) => {
      if (!references.has(ref)) problems.push({ path: `footnotes[${i}].refs[${j}]`, message: `reference ${JSON.stringify(ref)} does not exist` });
    });
  });
  dataset.tours?.forEach((tour, i) => {
    tour.steps.forEach((step, j) => {
      if (!events.has(step.event)) problems.push({ path: `tours[${i}].steps[${j}].event`, message: `event ${JSON.stringify(step.event)} does not exist` });
    });
  });

  return problems;
}

/** Validates any parsed JSON value as a dataset; every problem is reported, nothing is coerced. */
export function validateDataset(input: unknown): Validation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { dataset: null, problems: [{ path: '', message: `should be an object, not ${describeValue(input)}` }] };
  }
  const parsed = parseWithSchema(input);
  if (!parsed.dataset) return parsed;
  const problems = crossProblems(parsed.dataset);
  return { dataset: problems.length === 0 ? parsed.dataset : null, problems };
}
