/**
 * The public dataset contract, as a valibot schema.
 *
 * The TypeScript types are inferred from it, and `npm run data:schema` turns
 * it into public/data/timeline.schema.json for other people's datasets.
 * Objects are loose (extra fields are allowed and kept): the contract says
 * "add fields freely, don't rename these".
 *
 * Checks that span records (unique ids, footnotes that exist, ...) are in
 * validate.ts; this file checks each value on its own.
 */
import * as v from 'valibot';
import { ISO_DATE_PATTERN, isDate } from './dates';
import { isSafeHttpUrl } from './urls';

const quote = (value: unknown) => JSON.stringify(value) ?? String(value);

const text = () => v.string();
const nonEmptyText = () => v.pipe(v.string(), v.regex(/\S/, 'is empty'));

export const dateString = () =>
  v.pipe(
    v.string(),
    v.regex(new RegExp(ISO_DATE_PATTERN), (issue) => `${quote(issue.input)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`),
    v.check(isDate, (issue) => `${quote(issue.input)} is not a date`),
    v.description('ISO 8601 date at the precision the source supports: "1984", "2020-09" or "1990-03-26".'),
  );

const idString = () =>
  v.pipe(
    v.string(),
    v.regex(/^[a-z0-9][a-z0-9-]*$/, (issue) => `${quote(issue.input)} is not an id (lowercase letters, digits and "-")`),
  );

const httpUrl = () =>
  v.pipe(
    v.string(),
    v.regex(/^https?:\/\/[^\s\\]+$/i, (issue) => `${quote(issue.input)} is not an http(s) link`),
    v.check(isSafeHttpUrl, (issue) => `${quote(issue.input)} is not an http(s) link`),
  );

const footnoteNumber = () => v.pipe(v.number(), v.integer(), v.minValue(1));

export const SourceSchema = v.looseObject({
  title: nonEmptyText(),
  authors: v.optional(v.array(text())),
  journal: v.optional(text()),
  volume: v.optional(text()),
  issue: v.optional(text()),
  year: v.optional(v.pipe(v.number(), v.integer())),
  doi: v.optional(text()),
  url: v.optional(httpUrl()),
});

export const CategorySchema = v.looseObject({
  id: idString(),
  label: nonEmptyText(),
  description: text(),
});

export const EventSchema = v.looseObject({
  id: idString(),
  title: nonEmptyText(),
  start: dateString(),
  end: v.optional(dateString()),
  approximate: v.optional(v.boolean()),
  category: idString(),
  summary: text(),
  footnotes: v.array(footnoteNumber()),
  section: v.optional(text()),
  dateSource: v.optional(text()),
});

export const EraSchema = v.looseObject({
  id: idString(),
  label: nonEmptyText(),
  start: dateString(),
  end: dateString(),
  approximate: v.optional(v.boolean()),
  description: v.optional(text()),
  footnotes: v.optional(v.array(footnoteNumber())),
  section: v.optional(text()),
});

export const FootnoteSchema = v.looseObject({
  n: footnoteNumber(),
  refs: v.array(idString()),
  note: text(),
  citation: v.optional(text()),
});

const PersonSchema = v.looseObject({
  family: nonEmptyText(),
  given: v.optional(text()),
  original: v.optional(text()),
});

const InstitutionSchema = v.looseObject({
  literal: nonEmptyText(),
  original: v.optional(text()),
});

export const ReferenceKinds = ['official', 'chinese-media', 'western-media', 'scholarship'] as const;
export const ReferenceTypes = ['article', 'book', 'chapter', 'news', 'web', 'report', 'official', 'thesis', 'podcast'] as const;

export const ReferenceSchema = v.looseObject({
  id: idString(),
  key: nonEmptyText(),
  authors: v.array(v.union([PersonSchema, InstitutionSchema], 'should be a person {family, given} or an institution {literal}')),
  editors: v.optional(v.boolean()),
  etAl: v.optional(v.boolean()),
  year: v.nullable(v.pipe(v.number(), v.integer())),
  date: v.optional(dateString()),
  title: nonEmptyText(),
  titleOriginal: v.optional(text()),
  titleTranslated: v.optional(text()),
  container: v.optional(text()),
  containerOriginal: v.optional(text()),
  volume: v.optional(text()),
  issue: v.optional(text()),
  pages: v.optional(text()),
  publisher: v.optional(text()),
  place: v.optional(text()),
  number: v.optional(text()),
  type: v.optional(v.picklist(ReferenceTypes)),
  kind: v.optional(v.picklist(ReferenceKinds)),
  url: v.optional(httpUrl()),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, (issue) => `${quote(issue.input)} is not a DOI`))),
  accessed: v.optional(dateString()),
  note: v.optional(text()),
});

export const TourStepSchema = v.looseObject({
  event: idString(),
  caption: v.pipe(text(), v.description('What this step shows, in the tour\'s own words; cites the event\'s footnotes in the text, e.g. "(fn 45)".')),
});

export const TourSchema = v.looseObject({
  id: idString(),
  title: nonEmptyText(),
  description: v.optional(text()),
  steps: v.pipe(v.array(TourStepSchema), v.minLength(1, 'has no steps')),
});

export const DatasetSchema = v.looseObject({
  source: SourceSchema,
  categories: v.array(CategorySchema),
  events: v.array(EventSchema),
  eras: v.optional(v.array(EraSchema)),
  footnotes: v.array(FootnoteSchema),
  references: v.array(ReferenceSchema),
  tours: v.optional(v.array(TourSchema)),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Era = v.InferOutput<typeof EraSchema>;
export type Footnote = v.InferOutput<typeof FootnoteSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type Author = Reference['authors'][number];
export type TourStep = v.InferOutput<typeof TourStepSchema>;
export type Tour = v.InferOutput<typeof TourSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
