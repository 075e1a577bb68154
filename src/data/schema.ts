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
 *
 * Languages: English is the dataset's language. A text may have a
 * Simplified Chinese version in an optional field of the same name with
 * "_zh" appended: title_zh and summary_zh (events), label_zh and
 * description_zh (categories, eras), title_zh, description_zh and each step's
 * caption_zh (tours), dateSource_zh (events), note_zh (footnotes,
 * references). The Chinese interface shows them and falls back to the
 * English field where one is absent (src/i18n/localize.ts), so a dataset
 * without them works unchanged.
 */
import * as v from 'valibot';
import { ISO_DATE_PATTERN, isDate } from './dates';
import { isSafeHttpUrl } from './urls';
import { ReferenceKinds, ReferenceTypes } from './vocab';

const quote = (value: unknown) => JSON.stringify(value) ?? String(value);

const text = () => v.string();
const nonEmptyText = () => v.pipe(v.string(), v.regex(/\S/, 'is empty'));
/**
 * The Simplified Chinese version of the field `of`, shown when the interface
 * is in Chinese (the English one is shown where it is absent). Optional;
 * when present it must not be empty.
 */
const chineseText = (of: string, more = '') =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/\S/, 'is empty'),
      v.description(`The Simplified Chinese version of \`${of}\`, shown when the interface is in Chinese; without it the English \`${of}\` is shown.${more}`),
    ),
  );

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
  label_zh: chineseText('label'),
  description: text(),
  description_zh: chineseText('description'),
});

export const EventSchema = v.looseObject({
  id: idString(),
  title: nonEmptyText(),
  title_zh: chineseText('title'),
  start: dateString(),
  end: v.optional(dateString()),
  approximate: v.optional(v.boolean()),
  category: idString(),
  summary: text(),
  summary_zh: chineseText('summary'),
  footnotes: v.array(footnoteNumber()),
  section: v.optional(text()),
  dateSource: v.optional(text()),
  dateSource_zh: chineseText('dateSource'),
});

export const EraSchema = v.looseObject({
  id: idString(),
  label: nonEmptyText(),
  label_zh: chineseText('label'),
  start: dateString(),
  end: dateString(),
  approximate: v.optional(v.boolean()),
  description: v.optional(text()),
  description_zh: chineseText('description'),
  footnotes: v.optional(v.array(footnoteNumber())),
  section: v.optional(text()),
});

export const FootnoteSchema = v.looseObject({
  n: footnoteNumber(),
  refs: v.array(idString()),
  note: text(),
  note_zh: chineseText('note'),
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

export { ReferenceKinds, ReferenceTypes };

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
  note_zh: chineseText('note'),
});

export const TourStepSchema = v.looseObject({
  event: idString(),
  caption: v.pipe(text(), v.description('What this step shows, in the tour\'s own words; cites the event\'s footnotes in the text, e.g. "(fn 45)".')),
  caption_zh: chineseText('caption', ' Cites footnotes as "（注45）", "（注71、78）".'),
});

export const TourSchema = v.looseObject({
  id: idString(),
  title: nonEmptyText(),
  title_zh: chineseText('title'),
  description: v.optional(text()),
  description_zh: chineseText('description'),
  steps: v.pipe(v.array(TourStepSchema), v.minLength(1, 'has no steps')),
});

export const SectionSchema = v.looseObject({
  id: idString(),
  title: v.pipe(nonEmptyText(), v.description('The title of the band of rows for these sections, in the dataset\'s own words (e.g. "Seen from the West").')),
  title_zh: chineseText('title'),
  description: v.optional(text()),
  description_zh: chineseText('description'),
  numbers: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^\d+(?:\.\d+)*$/, (issue) => `${quote(issue.input)} is not a section number (expected "5" or "7.1")`))),
    v.minLength(1, 'names no section'),
    v.description('The source\'s section numbers this band gathers. An event whose `section` is "7.1" belongs to the band listing "7.1", else the one listing "7".'),
  ),
});

export const DatasetSchema = v.looseObject({
  source: SourceSchema,
  categories: v.array(CategorySchema),
  events: v.array(EventSchema),
  eras: v.optional(v.array(EraSchema)),
  footnotes: v.array(FootnoteSchema),
  references: v.array(ReferenceSchema),
  tours: v.optional(v.array(TourSchema)),
  sections: v.optional(
    v.pipe(v.array(SectionSchema), v.description('Bands for grouping the timeline\'s rows by the source\'s sections (its argument), in display order.')),
  ),
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
export type Section = v.InferOutput<typeof SectionSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
