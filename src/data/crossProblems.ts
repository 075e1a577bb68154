/**
 * The checks that span records (unique ids, known categories, footnotes and
 * works that exist, ordered ranges, tour steps whose events exist): after the
 * schema (validate.ts) or the quick check (plainDataset.ts) has passed each
 * value on its own.
 */
import type { Dataset } from './schema';
import { isOrdered, parseDate } from './dates';
import type { Problem } from './problem';

/** Problems for keys used twice; `seen` collects every key (with its first index), for the checks that follow. */
function duplicates<T, K extends string | number>(
  items: readonly T[],
  keyOf: (item: T) => K,
  path: (index: number) => string,
  what: string,
  seen: Map<K, number> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  for (let index = 0; index < items.length; index++) {
    const key = keyOf(items[index]!);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push({ path: path(index), message: `${what} ${JSON.stringify(key)} is used twice (first at ${path(first)})` });
  }
  return problems;
}

/**
 * Checks that span records: unique ids, known categories, cited footnotes and references that exist,
 * ordered ranges, tour steps whose events exist. Footnote numbers may have gaps: an excerpt keeps its article's numbers.
 */
export function crossProblems(dataset: Dataset): Problem[] {
  const sectionNumbers = (dataset.sections ?? []).flatMap((section, i) => section.numbers.map((number, j) => ({ number, path: `sections[${i}].numbers[${j}]` })));
  // The ids seen, kept for the checks of what refers to them (one hash table each, not two: a big dataset's events).
  const categories = new Map<string, number>();
  const events = new Map<string, number>();
  const references = new Map<string, number>();
  const problems: Problem[] = [
    ...duplicates(dataset.categories, (c) => c.id, (i) => `categories[${i}].id`, 'category id', categories),
    ...duplicates(dataset.events, (e) => e.id, (i) => `events[${i}].id`, 'event id', events),
    ...duplicates(dataset.eras ?? [], (e) => e.id, (i) => `eras[${i}].id`, 'era id'),
    ...duplicates(dataset.footnotes, (f) => f.n, (i) => `footnotes[${i}].n`, 'footnote number'),
    ...duplicates(dataset.references, (r) => r.id, (i) => `references[${i}].id`, 'reference id', references),
    ...duplicates(dataset.references, (r) => r.key, (i) => `references[${i}].key`, 'reference key'),
    ...duplicates(dataset.tours ?? [], (t) => t.id, (i) => `tours[${i}].id`, 'tour id'),
    ...duplicates(dataset.sections ?? [], (s) => s.id, (i) => `sections[${i}].id`, 'section id'),
    // One band per section number, or an event's band would depend on the order of the list.
    ...duplicates(sectionNumbers, (entry) => entry.number, (k) => sectionNumbers[k]!.path, 'section number'),
  ];
  const footnotes = new Set(dataset.footnotes.map((f) => f.n));

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

  // A plain loop, and a path written only for a problem: a big dataset's events are most of the work.
  const { events: list } = dataset;
  for (let i = 0; i < list.length; i++) {
    const event = list[i]!;
    if (!categories.has(event.category)) problems.push({ path: `events[${i}].category`, message: `category ${JSON.stringify(event.category)} does not exist` });
    if (event.end !== undefined) checkRange(event.start, event.end, `events[${i}]`);
    const notes = event.footnotes;
    for (let j = 0; j < notes.length; j++) {
      if (!footnotes.has(notes[j]!)) problems.push({ path: `events[${i}].footnotes[${j}]`, message: `footnote ${notes[j]} does not exist` });
    }
  }
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
