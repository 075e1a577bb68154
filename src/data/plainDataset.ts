/**
 * The quick check of a whole dataset, as plainEvent.ts is for events: plain
 * code, no valibot, so a page loads and checks its data without the schema's
 * code (about 6 kB of gzip) and in a fraction of its time. It accepts no more
 * than DatasetSchema does (property tests hold each record's check to its
 * schema, and fail when a schema gains a key a check does not know). When it
 * says no, load.ts fetches the schema, which names every problem.
 */
import type { Dataset } from './schema';
import { isSafeHttpUrl } from './urls';
import { ReferenceKinds, ReferenceTypes } from './vocab';
import { isDateString, isFootnoteList, isId, isNonEmptyText, isPlainValidEvent, isText, optional } from './plainEvent';

type Check = (value: unknown) => boolean;
type Fields = Readonly<Record<string, Check>>;

const isBoolean: Check = (value) => typeof value === 'boolean';
const isInteger: Check = (value) => typeof value === 'number' && Number.isInteger(value);
const isFootnoteNumber: Check = (value) => isInteger(value) && (value as number) >= 1;
const isHttpUrl: Check = (value) => typeof value === 'string' && /^https?:\/\/[^\s\\]+$/i.test(value) && isSafeHttpUrl(value);
const isDoi: Check = (value) => typeof value === 'string' && /^10\.\d{4,9}\/\S+$/.test(value);
const isSectionNumber: Check = (value) => typeof value === 'string' && /^\d+(?:\.\d+)*$/.test(value);
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const opt =
  (check: Check): Check =>
  (value) =>
    optional(value, check);
const list =
  (check: Check, least = 0): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length < least) return false;
    for (const item of value) if (!check(item)) return false;
    return true;
  };
const chinese = opt(isNonEmptyText);

/** A record (not a list) whose fields each pass their check; other fields are free, as in the schema's loose objects. */
const record =
  (fields: Fields): Check =>
  (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const r = value as Record<string, unknown>;
    for (const key in fields) if (!fields[key]!(r[key])) return false;
    return true;
  };

const PERSON: Fields = { family: isNonEmptyText, given: opt(isText), original: opt(isText) };
const INSTITUTION: Fields = { literal: isNonEmptyText, original: opt(isText) };
const TOUR_STEP: Fields = { event: isId, caption: isText, caption_zh: chinese };
const isPerson = record(PERSON);
const isInstitution = record(INSTITUTION);

/** Each record's fields, checked as its schema checks them (schema.ts); exported for the tests that hold them to it. */
export const PLAIN_FIELDS = {
  source: {
    title: isNonEmptyText,
    authors: opt(list(isText)),
    journal: opt(isText),
    volume: opt(isText),
    issue: opt(isText),
    year: opt(isInteger),
    doi: opt(isText),
    url: opt(isHttpUrl),
  },
  category: { id: isId, label: isNonEmptyText, label_zh: chinese, description: isText, description_zh: chinese },
  era: {
    id: isId,
    label: isNonEmptyText,
    label_zh: chinese,
    start: isDateString,
    end: isDateString,
    approximate: opt(isBoolean),
    description: opt(isText),
    description_zh: chinese,
    footnotes: opt(isFootnoteList),
    section: opt(isText),
  },
  footnote: { n: isFootnoteNumber, refs: list(isId), note: isText, note_zh: chinese, citation: opt(isText) },
  person: PERSON,
  institution: INSTITUTION,
  reference: {
    id: isId,
    key: isNonEmptyText,
    authors: list((author) => isPerson(author) || isInstitution(author)),
    editors: opt(isBoolean),
    etAl: opt(isBoolean),
    year: (value) => value === null || isInteger(value),
    date: opt(isDateString),
    title: isNonEmptyText,
    titleOriginal: opt(isText),
    titleTranslated: opt(isText),
    container: opt(isText),
    containerOriginal: opt(isText),
    volume: opt(isText),
    issue: opt(isText),
    pages: opt(isText),
    publisher: opt(isText),
    place: opt(isText),
    number: opt(isText),
    type: opt(oneOf(ReferenceTypes)),
    kind: opt(oneOf(ReferenceKinds)),
    url: opt(isHttpUrl),
    doi: opt(isDoi),
    accessed: opt(isDateString),
    note: opt(isText),
    note_zh: chinese,
  },
  tourStep: TOUR_STEP,
  tour: {
    id: isId,
    title: isNonEmptyText,
    title_zh: chinese,
    description: opt(isText),
    description_zh: chinese,
    steps: list(record(TOUR_STEP), 1),
  },
  section: {
    id: isId,
    title: isNonEmptyText,
    title_zh: chinese,
    description: opt(isText),
    description_zh: chinese,
    numbers: list(isSectionNumber, 1),
  },
} as const satisfies Readonly<Record<string, Fields>>;

/** Each record kind's check, by its key in PLAIN_FIELDS (events: isPlainValidEvent). */
export const isPlainValid = Object.fromEntries(Object.entries(PLAIN_FIELDS).map(([kind, fields]) => [kind, record(fields)])) as Record<keyof typeof PLAIN_FIELDS, Check>;

/** The dataset's own fields (DatasetSchema's). */
export const PLAIN_DATASET_FIELDS: Fields = {
  source: isPlainValid.source,
  categories: list(isPlainValid.category),
  events: list(isPlainValidEvent),
  eras: opt(list(isPlainValid.era)),
  footnotes: list(isPlainValid.footnote),
  references: list(isPlainValid.reference),
  tours: opt(list(isPlainValid.tour)),
  sections: opt(list(isPlainValid.section)),
};
const isPlainDataset = record(PLAIN_DATASET_FIELDS);

/** The parsed JSON as a dataset when every value surely passes the schema; null says nothing (let the schema tell). */
export function plainDataset(json: unknown): Dataset | null {
  return isPlainDataset(json) ? (json as Dataset) : null;
}
