/**
 * Full-text search over events and their sources.
 *
 * An event's searchable text is its title, summary and dateSource, and their
 * Chinese versions title_zh, summary_zh and dateSource_zh; the note (and
 * note_zh) and citation of each footnote it cites; and, for each reference
 * those footnotes cite, its key, title, titleOriginal, titleTranslated,
 * container and authors (family, given, original, literal).
 *
 * Pinyin: given a pinyin table (see pinyin.ts; it loads on demand), every
 * field with Chinese characters is searchable in pinyin too, as a field of
 * its own: "jiankangma", "jian kang ma" and "jiànkāngmǎ" all find 健康码.
 * Without the table, Chinese text is found by its characters only.
 *
 * Text and query are normalised the same way: NFKD, combining marks removed
 * (so "Arsène" matches "arsene" and "xìnyòng" matches "xinyong"), typographic
 * quotes made plain, lowercased. The query is split on whitespace; an event
 * matches when EVERY term occurs in its text as a substring. Spaces in the
 * text are ignored when matching, because pinyin is written both ways:
 * "shehuixinyong" finds "shehui xinyong", and "社会信用" finds "社会信用体系".
 * Separate fields never run together, so a term cannot match across the end
 * of one field and the start of the next.
 */
import type { Dataset, Reference } from './schema';
import { hasHan, toPinyin, type PinyinTable } from './pinyin';

export interface SearchIndex {
  /** Ids of the events matching `query`; null when the query is blank (no filtering). */
  match(query: string): ReadonlySet<string> | null;
}

/** Separates fields in the haystack; removed from query terms, so no term can span two fields. */
const FIELD_SEPARATOR = '\u0000';

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** NFKD, no combining marks, plain quotes, lowercase. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .toLowerCase();
}

/** A field's normalised text with all whitespace (and any separator) removed. */
function compact(text: string): string {
  return normalizeText(text).replace(WHITESPACE, '').replaceAll(FIELD_SEPARATOR, '');
}

/** The normalised query terms, empty when the query is blank. */
function queryTerms(query: string): string[] {
  return normalizeText(query)
    .split(WHITESPACE)
    .map((term) => term.replaceAll(FIELD_SEPARATOR, ''))
    .filter((term) => term !== '');
}

function referenceFields(reference: Reference): string[] {
  const fields: unknown[] = [reference.key, reference.title, reference.titleOriginal, reference.titleTranslated, reference.container];
  for (const author of reference.authors) {
    // Person or institution; loose objects, so read the four names defensively.
    const { family, given, original, literal } = author as Record<string, unknown>;
    fields.push(family, given, literal, original);
  }
  return fields.filter((field): field is string => typeof field === 'string');
}

export interface SearchOptions {
  /** Chinese characters → pinyin; absent or null: no pinyin search. */
  readonly pinyin?: PinyinTable | null;
}

/** Builds the index once per dataset (and pinyin table). */
export function createSearchIndex(dataset: Dataset, options: SearchOptions = {}): SearchIndex {
  const { pinyin } = options;
  /** A field's searchable forms, compacted: itself, and its pinyin when it has Chinese characters. */
  const searchable = (fields: readonly unknown[]): string[] => {
    const out: string[] = [];
    for (const field of fields) {
      if (typeof field !== 'string' || field === '') continue;
      out.push(compact(field));
      if (pinyin && hasHan(field)) out.push(compact(toPinyin(field, pinyin)));
    }
    return out;
  };
  const footnotes = new Map(dataset.footnotes.map((footnote) => [footnote.n, footnote]));
  const references = new Map(dataset.references.map((reference) => [reference.id, reference]));
  const referenceTexts = new Map<string, string[]>();
  const textOfReference = (id: string): string[] => {
    let fields = referenceTexts.get(id);
    if (!fields) {
      const reference = references.get(id);
      fields = reference ? searchable(referenceFields(reference)) : [];
      referenceTexts.set(id, fields);
    }
    return fields;
  };

  const haystacks: [id: string, text: string][] = dataset.events.map((event) => {
    const fields = searchable([event.title, event.title_zh, event.summary, event.summary_zh, event.dateSource, event.dateSource_zh]);
    const seenRefs = new Set<string>();
    for (const n of new Set(event.footnotes)) {
      const footnote = footnotes.get(n);
      if (!footnote) continue;
      fields.push(...searchable([footnote.note, footnote.note_zh, footnote.citation]));
      for (const ref of footnote.refs) {
        if (seenRefs.has(ref)) continue;
        seenRefs.add(ref);
        fields.push(...textOfReference(ref));
      }
    }
    return [event.id, fields.join(FIELD_SEPARATOR)];
  });

  return {
    match(query) {
      // Terms never contain whitespace, so matching the space-free text
      // finds everything matching the spaced text would, and more.
      const terms = queryTerms(query);
      if (terms.length === 0) return null;
      const ids = new Set<string>();
      for (const [id, text] of haystacks) if (terms.every((term) => text.includes(term))) ids.add(id);
      return ids;
    },
  };
}
