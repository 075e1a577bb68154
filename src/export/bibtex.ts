/**
 * The bibliography as BibTeX (UTF-8, read by BibTeX, biblatex and Zotero).
 *
 * - Entry types follow the reference's type: article, news (article with
 *   entrysubtype newspaper), book, incollection, techreport, phdthesis (with
 *   `type = {Thesis}`, as the article does not say which degree), online, misc.
 * - The key is the reference id (also the `works` column of the events CSV).
 * - Persons are "Family, Given"; institutions are braced ({State Council}) so
 *   no style splits them into given and family names.
 * - Special characters (& % $ # _ { } ~ ^ \) are escaped; titles keep their
 *   capitals by bracing each word that has one (BibTeX styles and Zotero
 *   otherwise lowercase them).
 * - The title in the original script, the English title and original names go
 *   into `note`; the dataset's own remarks into `annote`.
 */
import type { Author, Reference } from '../data/schema';
import { parseDate } from '../data/dates';
import { originalScriptNotes } from './referenceNotes';

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text for a BibTeX field: special characters escaped, line breaks as spaces. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\{}&%$#_~^]/g, (c) => ESCAPES[c] ?? c);
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/u;

/**
 * A title with its capitals kept: every word with a capital letter is braced,
 * except a first word whose only capital is its first letter (styles keep that
 * one anyway). Everything is escaped.
 */
export function protectTitle(title: string): string {
  let out = '';
  let last = 0;
  let first = true;
  for (const match of title.matchAll(WORD)) {
    const word = match[0];
    const index = match.index;
    out += escapeBibtex(title.slice(last, index));
    const onlyInitial = first && !UPPER.test(word.slice(1));
    out += UPPER.test(word) && !onlyInitial ? `{${escapeBibtex(word)}}` : escapeBibtex(word);
    last = index + word.length;
    first = false;
  }
  return out + escapeBibtex(title.slice(last));
}

function isInstitution(author: Author): author is Extract<Author, { literal: string }> {
  return typeof (author as { literal?: unknown }).literal === 'string';
}

/** One name: "Backer, Larry Catá", "{State Council}", "{de la Cruz}" for a family name with spaces and no given name. */
export function bibtexName(author: Author): string {
  if (isInstitution(author)) return `{${escapeBibtex(author.literal.trim())}}`;
  const person = author as Exclude<Author, Extract<Author, { literal: string }>>;
  const family = escapeBibtex(person.family.trim());
  const braced = /\s|,/.test(family) ? `{${family}}` : family;
  return person.given?.trim() ? `${braced}, ${escapeBibtex(person.given.trim())}` : braced;
}

/** A list of names joined by "and", with "and others" for et al. */
export function bibtexNames(authors: readonly Author[], etAl = false): string {
  return [...authors.map(bibtexName), ...(etAl ? ['others'] : [])].join(' and ');
}

/** The BibTeX entry type of a reference. */
export function bibtexType(ref: Reference): string {
  switch (ref.type) {
    case 'article':
    case 'news':
      return 'article';
    case 'book':
      return 'book';
    case 'chapter':
      return 'incollection';
    case 'report':
      return 'techreport';
    case 'thesis':
      return 'phdthesis';
    case 'web':
      return 'online';
    default:
      return 'misc';
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** Page ranges with BibTeX's double hyphen: "209–214" → "209--214". */
const pageRange = (pages: string) => escapeBibtex(pages.trim()).replace(/\s*[–—-]+\s*/g, '--');

/** A URL as BibTeX reads it verbatim; braces, which would end the field, are percent-encoded. */
const verbatim = (url: string) => url.trim().replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s/g, '%20');

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

type Field = [name: string, value: string, raw?: boolean];

/** The fields of an entry, in a conventional order, each value already in BibTeX form. */
export function bibtexFields(ref: Reference): Field[] {
  const fields: Field[] = [];
  const add = (name: string, value: string | undefined, transform: (v: string) => string = escapeBibtex) => {
    if (present(value)) fields.push([name, transform(value)]);
  };
  const type = bibtexType(ref);

  if (ref.authors.length > 0) fields.push([ref.editors ? 'editor' : 'author', bibtexNames(ref.authors, ref.etAl)]);
  fields.push(['title', protectTitle(ref.title.trim())]);

  const container = ref.container;
  if (type === 'article') {
    if (ref.type === 'news') add('entrysubtype', 'newspaper');
    add('journal', container);
  } else if (type === 'incollection') add('booktitle', container);
  else if (type === 'techreport') {
    add('institution', present(ref.publisher) ? ref.publisher : container);
    if (present(ref.publisher)) add('type', container);
  } else if (type === 'online') add('organization', container);
  else if (type === 'misc') add('howpublished', container);
  else if (type === 'book' && present(container)) add('series', container);
  if (type === 'phdthesis') {
    add('school', ref.publisher);
    add('type', 'Thesis');
  }

  add('volume', ref.volume);
  // An article's issue is its number; other works have a document number, or an issue where they have none.
  add('number', type === 'article' ? (ref.issue ?? ref.number) : (ref.number ?? ref.issue));
  add('pages', ref.pages, pageRange);
  if (type !== 'techreport' && type !== 'phdthesis') add('publisher', ref.publisher);
  add('address', ref.place);

  if (ref.year !== null) fields.push(['year', String(ref.year)]);
  const date = ref.date === undefined ? null : parseDate(ref.date);
  if (date && date.month !== undefined) {
    fields.push(['month', MONTHS[date.month - 1] ?? String(date.month), true]);
  }
  if (present(ref.date)) fields.push(['date', ref.date.trim()]);

  add('url', ref.url, verbatim);
  add('doi', ref.doi, verbatim);
  add('urldate', ref.accessed);

  const notes = originalScriptNotes(ref);
  if (notes.length > 0) fields.push(['note', escapeBibtex(notes.join('. '))]);
  add('annote', ref.note);
  return fields;
}

/** One entry. */
export function referenceToBibtex(ref: Reference): string {
  const fields = bibtexFields(ref);
  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields.map(([name, value, raw]) => `  ${name.padEnd(width)} = ${raw ? value : `{${value}}`}`);
  return `@${bibtexType(ref)}{${ref.id},\n${lines.join(',\n')}\n}\n`;
}

/** A whole .bib file: one entry per reference, separated by a blank line. */
export function toBibtex(references: readonly Reference[]): string {
  return references.map(referenceToBibtex).join('\n');
}
