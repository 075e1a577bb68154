/**
 * Validates a dataset against the public contract and reports every problem
 * with its JSON path and a plain reason:
 *   events[12].start: "1990-13-01" is not a date
 * Nothing is coerced: the dataset is returned unchanged, or not at all.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';
import { isPlainValidEvent } from './plainEvent';
import { formatPath, type Problem, type Validation } from './problem';
import { crossProblems } from './crossProblems';

export { formatPath, formatProblem, localizeProblem, type Problem, type Validation } from './problem';
export { crossProblems } from './crossProblems';

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
