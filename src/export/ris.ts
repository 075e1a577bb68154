/**
 * The bibliography as RIS (UTF-8, CRLF), as Zotero, EndNote and Mendeley read
 * it: TY first and ER last, one AU per name ("Family, Given", institutions as
 * written; editors as A3 in a book, ED elsewhere), dates as YYYY/MM/DD/, pages split into SP and EP, the reference id
 * as ID, the original-script title and names, and the dataset's remarks, as N1.
 */
import type { Author, Reference } from '../data/schema';
import { parseDate } from '../data/dates';
import { t } from '../i18n/messages';
import { originalScriptNotes } from './referenceNotes';

export const RIS_LINE_END = '\r\n';

/** The RIS type of a reference (Zotero: JOUR journal article, NEWS newspaper article, ELEC web page, GOVDOC report...). */
export function risType(ref: Reference): string {
  switch (ref.type) {
    case 'article':
      return 'JOUR';
    case 'news':
      return 'NEWS';
    case 'book':
      return 'BOOK';
    case 'chapter':
      return 'CHAP';
    case 'report':
      return 'RPRT';
    case 'official':
      return 'GOVDOC';
    case 'thesis':
      return 'THES';
    case 'web':
    case 'podcast':
      return 'ELEC';
    default:
      return 'GEN';
  }
}

/** A value on one line: RIS ends a field at the line break. */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function isInstitution(author: Author): author is Extract<Author, { literal: string }> {
  return typeof (author as { literal?: unknown }).literal === 'string';
}

/** "Family, Given", or an institution's name as written (no comma, so it stays one name). */
export function risName(author: Author): string {
  if (isInstitution(author)) return oneLine(author.literal).replace(/,/g, '');
  const person = author as Exclude<Author, Extract<Author, { literal: string }>>;
  return person.given?.trim() ? `${oneLine(person.family)}, ${oneLine(person.given)}` : oneLine(person.family);
}

/** "2019/05/01/", "2019/09//", "2019///". */
export function risDate(iso: string): string | null {
  const date = parseDate(iso);
  if (!date) return null;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(date.year).padStart(4, '0')}/${two(date.month)}/${two(date.day)}/`;
}

/** "209–214" → ["209", "214"]; a single page or a non-range stays whole in SP. */
export function splitPages(pages: string): [string, string | null] {
  const match = /^\s*([^\s–—-]+)\s*[–—-]+\s*([^\s–—-]+)\s*$/.exec(pages);
  return match ? [match[1]!, match[2]!] : [pages.trim(), null];
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The tag–value pairs of one record, TY first and ER last. */
export function risFields(ref: Reference): [tag: string, value: string][] {
  const fields: [string, string][] = [];
  const add = (tag: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value.trim() !== '') fields.push([tag, oneLine(value)]);
  };
  const type = risType(ref);
  add('TY', type);
  add('ID', ref.id);
  // Editors: A3 in a book, ED elsewhere (what Zotero and citation-js read as editors).
  const names = ref.editors ? (type === 'BOOK' ? 'A3' : 'ED') : 'AU';
  for (const author of ref.authors) add(names, risName(author));
  add('TI', ref.title);
  add('T2', ref.container);
  if (ref.year !== null) add('PY', String(ref.year));
  if (present(ref.date)) add('DA', risDate(ref.date));
  add('VL', ref.volume);
  add('IS', ref.issue);
  if (present(ref.pages)) {
    const [start, end] = splitPages(ref.pages);
    add('SP', start);
    add('EP', end);
  }
  add('PB', ref.publisher);
  add('CY', ref.place);
  add(type === 'RPRT' || type === 'GOVDOC' ? 'SN' : 'M1', ref.number);
  add('UR', ref.url);
  add('DO', ref.doi);
  if (present(ref.accessed)) add('Y2', risDate(ref.accessed));
  if (ref.etAl) add('N1', t('exportNoteEtAl'));
  for (const note of originalScriptNotes(ref)) add('N1', note);
  add('N1', ref.note);
  fields.push(['ER', '']);
  return fields;
}

/** One record: "TAG  - value" lines ("ER  - " ends it). */
export function referenceToRis(ref: Reference): string {
  return risFields(ref)
    .map(([tag, value]) => `${tag}  - ${value}${RIS_LINE_END}`)
    .join('');
}

/** A whole .ris file: records separated by a blank line. */
export function toRis(references: readonly Reference[]): string {
  return references.map(referenceToRis).join(RIS_LINE_END);
}
