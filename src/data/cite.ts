/**
 * Citations, as data: authors in the article's bibliography style, a
 * reference as an ordered list of parts (so a component can turn the link
 * parts into links and leave the rest as text), and the plain-text citation
 * of an event for "Cite this event".
 *
 * Everything here is text. A part gets an `href` only through safeHref or
 * doiUrl, so a `javascript:` or relative link in the data stays plain text.
 */
import type { Author, Dataset, Reference, TimelineEvent } from './schema';
import { formatDateRange } from './formatDate';
import { parseDate } from './dates';
import { doiUrl, safeHref } from './urls';
import { currentLang, joinList, t, type Lang } from '../i18n/messages';
import { localize } from '../i18n/localize';
import '../i18n/messagesLater';

export type CitationPartKind =
  | 'authors'
  | 'year'
  | 'title'
  | 'titleOriginal'
  | 'titleTranslated'
  | 'container'
  | 'details'
  | 'number'
  | 'url'
  | 'doi'
  | 'accessed'
  | 'note';

export interface CitationPart {
  readonly kind: CitationPartKind;
  readonly text: string;
  /** A safe http(s) link (from safeHref or doiUrl); absent when the part is text only. */
  readonly href?: string;
  /** The language the part is written in, where it is known and may differ from the page's: an English title, a Chinese original title, a note (English, or Chinese from `note_zh`). */
  readonly lang?: Lang;
}

/** Han characters (and the CJK punctuation and full-width forms around them). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Whether a text is written in Chinese characters (an original title may be in another script). */
export const isChineseText = (text: string): boolean => CJK.test(text);

export interface AuthorOptions {
  /** The names are editors: "(ed.)" or "(eds.)" follows. */
  editors?: boolean;
  /** More authors than listed: "et al." follows. */
  etAl?: boolean;
}

type Institution = Extract<Author, { literal: string }>;

function isInstitution(author: Author): author is Institution {
  return typeof (author as { literal?: unknown }).literal === 'string';
}

const withOriginal = (name: string, original: string | undefined) =>
  original && original.trim() ? `${name} ${original.trim()}` : name;

/** One name: "Bloch, Marylaure", "Lin, Junyu 林钧跃", "State Council 国务院". */
export function formatAuthor(author: Author): string {
  if (isInstitution(author)) return withOriginal(author.literal, author.original);
  const person = author as Exclude<Author, Institution>;
  const name = person.given && person.given.trim() ? `${person.family}, ${person.given}` : person.family;
  return withOriginal(name, person.original);
}

/**
 * The authors of a work: "Bloch, Marylaure", "Brehm, Stefan & Loubere,
 * Nicholas", "Kostka, Genia; Xu, Xu & Cao, Xun", "Hale, Thomas et al.",
 * "Heilmann, Sebastian & Perry, Elizabeth J. (eds.)".
 */
export function formatAuthors(authors: readonly Author[], options: AuthorOptions = {}, lang: Lang = currentLang()): string {
  const names = authors.map(formatAuthor);
  const and = ` ${t('citeAnd', {}, lang)} `;
  let text = names.length <= 2 ? names.join(and) : `${names.slice(0, -1).join('; ')}${and}${names[names.length - 1] ?? ''}`;
  if (!text) return '';
  if (options.etAl) text += ` ${t('citeEtAl', {}, lang)}`;
  if (options.editors) text += ` ${t(names.length > 1 || options.etAl ? 'citeEditors' : 'citeEditor', {}, lang)}`;
  return text;
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** "76(1)", "5", "(11)", or "" when there is neither. */
function volumeIssue(volume: string | undefined, issue: string | undefined): string {
  if (present(volume) && present(issue)) return `${volume}(${issue})`;
  if (present(volume)) return volume;
  if (present(issue)) return `(${issue})`;
  return '';
}

/** "Zhengxin 征信 2012(1): 27–42", "Law and the Party in China, 237–262". */
function containerText(ref: Reference, lang: Lang): string {
  const name = present(ref.container) ? withOriginal(ref.container, ref.containerOriginal) : (ref.containerOriginal ?? '').trim();
  const numbering = volumeIssue(ref.volume, ref.issue);
  let text = [name, numbering].filter(Boolean).join(' ');
  if (present(ref.pages)) text = text ? `${text}${numbering ? ': ' : ', '}${ref.pages}` : ref.pages;
  if (text && ref.type === 'chapter' && present(ref.container)) text = t('citeIn', { container: text }, lang);
  return text;
}

/** "Cambridge, MA: Harvard University Press". */
function publisherText(ref: Reference): string {
  if (present(ref.place) && present(ref.publisher)) return `${ref.place}: ${ref.publisher}`;
  return present(ref.publisher) ? ref.publisher : present(ref.place) ? ref.place : '';
}

/** Notice numbers such as "(1990)19" read "N° (1990)19"; numbers that carry their own prefix ("COM(2021) 206 Final") stay as printed. */
function numberText(number: string, lang: Lang): string {
  return /^[\d(]/.test(number.trim()) ? t('citeNumber', { number: number.trim() }, lang) : number.trim();
}

/**
 * The parts of a full citation of a work, in reading order. In Chinese, a
 * work with a title in Chinese characters is cited by that title first, then
 * its romanised or English title.
 */
export function referenceParts(ref: Reference, lang: Lang = currentLang()): CitationPart[] {
  const parts: CitationPart[] = [];
  const push = (kind: CitationPartKind, text: string, href?: string | null, textLang?: Lang) => {
    if (!text.trim()) return;
    parts.push({ kind, text, ...(href ? { href } : {}), ...(textLang ? { lang: textLang } : {}) });
  };

  push('authors', formatAuthors(ref.authors, { editors: ref.editors, etAl: ref.etAl }, lang));
  push('year', ref.year === null ? t('citeNoYear', {}, lang) : t('citeYear', { year: ref.year }, lang));
  const original = present(ref.titleOriginal) ? ref.titleOriginal : null;
  const originalLang = original && isChineseText(original) ? 'zh' : undefined;
  if (original && originalLang === 'zh' && lang === 'zh') push('titleOriginal', original, null, 'zh');
  push('title', ref.title, null, 'en');
  if (original && !(originalLang === 'zh' && lang === 'zh')) push('titleOriginal', original, null, originalLang);
  if (present(ref.titleTranslated)) push('titleTranslated', t('citeTranslatedTitle', { title: ref.titleTranslated }, lang), null, 'en');
  push('container', containerText(ref, lang));
  push('details', publisherText(ref));
  if (present(ref.number)) push('number', numberText(ref.number, lang));

  const date = ref.date === undefined ? null : parseDate(ref.date);
  if (ref.date !== undefined && (date === null || date.precision !== 'year' || date.year !== ref.year)) {
    push('details', formatDateRange(ref.date, undefined, false, lang));
  }

  const doiHref = present(ref.doi) ? safeHref(doiUrl(ref.doi.trim())) : null;
  if (present(ref.url)) {
    const href = safeHref(ref.url);
    // A URL that is just the DOI link is said once, as the DOI.
    if (!(href && doiHref && href === doiHref)) push('url', ref.url, href);
  }
  if (present(ref.doi)) push('doi', doiUrl(ref.doi.trim()), doiHref);
  if (present(ref.accessed)) push('accessed', t('citeAccessed', { date: formatDateRange(ref.accessed, undefined, false, lang) }, lang));
  // The dataset's remark on the work, in Chinese (note_zh) on the Chinese page where it has one.
  const note = localize(ref, 'note', lang);
  push('note', note.text, null, note.lang);
  return parts;
}

const PUBLICATION: ReadonlySet<CitationPartKind> = new Set(['container', 'details', 'number']);
const LINKS: ReadonlySet<CitationPartKind> = new Set(['url', 'doi']);
const ENDS_SENTENCE = /[.!?。！？…]["'”’»)\]]*$/u;

/** What goes between two adjacent parts of a citation. */
export function citationSeparator(previous: CitationPart, next: CitationPart): string {
  if (previous.kind === 'authors' && next.kind === 'year') return ' ';
  if (previous.kind === 'year') return ': ';
  if (PUBLICATION.has(previous.kind) && PUBLICATION.has(next.kind)) return ', ';
  if (LINKS.has(previous.kind) && next.kind === 'accessed') return ', ';
  return ENDS_SENTENCE.test(previous.text) ? ' ' : '. ';
}

/** What closes a citation after its last part: a full stop, except after a link or a sentence that has one. */
export function citationEnd(last: CitationPart | undefined): string {
  if (!last || LINKS.has(last.kind) || ENDS_SENTENCE.test(last.text)) return '';
  return '.';
}

/** A citation's parts as one line of plain text. */
export function citationText(parts: readonly CitationPart[]): string {
  let text = '';
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    text += (previous ? citationSeparator(previous, part) : '') + part.text;
  });
  return text + citationEnd(parts[parts.length - 1]);
}

/** The full citation of a work as plain text. */
export function referenceText(ref: Reference, lang: Lang = currentLang()): string {
  return citationText(referenceParts(ref, lang));
}

const sentence = (text: string) => (ENDS_SENTENCE.test(text) ? text : `${text}.`);

/**
 * The plain-text citation of an event: its date and title, the article it is
 * taken from, where in the article (footnotes, or the section), and a link
 * back to the event.
 *
 * 26 March 1990 — State Council notice first uses 'social credit'. In: Bloch,
 * Marylaure (2022): “Sociotechnical imaginaries shaping China’s emerging
 * social credit system.” Asiatische Studien – Études Asiatiques 76(1),
 * footnote 45. https://doi.org/10.1515/asia-2021-0019. View: <pageUrl>
 */
export function citeEvent(event: TimelineEvent, dataset: Dataset, pageUrl: string, lang: Lang = currentLang()): string {
  const source = dataset.source;
  const date = formatDateRange(event.start, event.end, event.approximate, lang);

  const authors = (source.authors ?? []).map((a) => a.trim()).filter(Boolean).join(` ${t('citeAnd', {}, lang)} `);
  const byline = [authors, source.year === undefined ? '' : t('citeYear', { year: source.year }, lang)].filter(Boolean).join(' ');
  const title = `“${sentence(source.title.trim())}”`;

  const journal = [source.journal?.trim() ?? '', volumeIssue(source.volume, source.issue)].filter(Boolean).join(' ');
  const locator =
    event.footnotes.length > 0
      ? t(event.footnotes.length === 1 ? 'citeEventFootnote' : 'citeEventFootnotes', { list: joinList(event.footnotes, lang) }, lang)
      : present(event.section)
        ? t('citeEventSection', { section: event.section.trim() }, lang)
        : '';
  const where = [journal, locator].filter(Boolean).join(', ');

  const link = present(source.doi) ? safeHref(doiUrl(source.doi.trim())) : present(source.url) ? safeHref(source.url) : null;

  const pieces = [
    `${date} — ${sentence(event.title.trim())}`,
    t('citeEventIn', {}, lang),
    byline ? `${byline}: ${title}` : title,
  ];
  if (where) pieces.push(sentence(where));
  if (link) pieces.push(`${link}.`);
  pieces.push(t('citeEventView', { url: pageUrl }, lang));
  return pieces.join(' ');
}
