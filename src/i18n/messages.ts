/**
 * Every string of the interface, in one place, in English (`en`, below) and
 * Simplified Chinese (`zh`, in zh.ts: the same keys, or it does not compile).
 * Components never hold text of their own.
 *
 * `t(key, params)` speaks the current interface language. The language lives
 * in the store (state/langSlice.ts), which registers itself here with
 * `setLangSource`, so this module and every pure formatter that calls `t`
 * stay free of React and of the store. Without a store (scripts, the data
 * check) the language is English. The Chinese table comes in a chunk of its
 * own (packs.ts); until it is loaded, Chinese falls back to English.
 *
 * The English table is in two: `en` below has what the first screen says;
 * messagesLater.ts has what only the parts loaded later say (import, export,
 * embedding, presentation, details, the printout), and comes with them.
 * firstLoadMessages.test.ts holds the split.
 */
import type { Lang } from './localize';
import { langPack } from './packs';
import type { enLater } from './messagesLater';

export type { Lang };

export const en = {
  appTitle: 'The sourced timeline of China’s Social Credit System',
  takeaway:
    'From trustworthiness pilots in 1984 to the corrections of 2019–2020: every milestone the article dates, each with its footnotes and the works they cite.',
  howToRead: 'Each mark is a dated event, placed on the time axis; its label gives the date and a short title.',
  loading: 'Loading the timeline data…',
  loadFailed: 'The timeline data could not be loaded.',
  loadFailedHttp: 'The server answered {status} for {url}.',
  loadFailedNetwork: 'The request for {url} failed: {reason}.',
  invalidData: 'The timeline data has {count} problem(s) and is not shown:',
  retry: 'Try again',
  partLoading: 'Loading…',
  partLoadFailed: 'This part of the timeline could not be loaded: the connection may be down. Try again, or reload the page.',
  timelineLabel: 'Timeline of {count} events, {from} to {to}',
  /** A mark's accessible name: "26 March 1990. State Council notice…. National policy. Footnote 45". */
  eventName: '{date}. {title}. {category}. {sources}',
  footnoteList: 'Footnote {list}',
  footnoteListPlural: 'Footnotes {list}',
  noFootnote: 'Stated in section {section} of the article, without a footnote.',
  approximate: 'about {date}',
  range: '{start} to {end}',
  // A source names what it has: no empty "()" for a missing year or issue (sourceCreditParts).
  sourceCredit: 'Source: {who}“{title}”{container}.',
  sourceCreditWho: '{authors} ({year}), ',
  sourceCreditAuthors: '{authors}, ',
  sourceCreditYear: '({year}), ',
  sourceCreditContainer: ', {container}',
  errorTitle: 'Something went wrong',
  errorBody: 'The timeline hit an unexpected error. Nothing you loaded has been changed.',
  errorReload: 'Reload with the SCS timeline',

  // --- timeline: zoom, keyboard, overview, legend ---
  keyboardHelp:
    'Drag or use the wheel to move and zoom (or the buttons). With the timeline focused: ← → previous and next event, ↑ ↓ across rows, Home and End first and last, + and − zoom, Enter opens the sources, Esc closes them.',
  keyboardHelpEmbed:
    'Drag to move; zoom with Ctrl + scroll (⌘ + scroll on a Mac), after a click into the timeline, or with the buttons. With the timeline focused: ← → previous and next event, ↑ ↓ across rows, Home and End first and last, + and − zoom, Enter opens the sources, Esc closes them.',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  zoomedTo: 'Showing {from} to {to}',
  showingAll: 'Showing the whole timeline',
  clusterBadge: '+{count}',
  clusterLabel: '{count} more events from {from} to {to}; activate to zoom in',
  eraLabel: 'Period: {date}, {label}. {sources}',
  eraSection: 'Section {section} of the article.',
  overviewLabel: 'Overview of the whole timeline; drag the highlighted window to move it',
  viewTimeline: 'Timeline',
  viewList: 'List',
  viewSwitch: 'Show as',
  viewAnnounceList: 'Showing the events as a list',
  viewAnnounceTimeline: 'Showing the events on the timeline',
  noEventsShown: 'No event matches the current search and filters.',
  detailsClosed: 'Details closed',

  actionsLabel: 'Present, export, embed and theme',
  /** On a narrow screen, the button that shows the other actions (tours, export, embed, import, theme, language). */
  moreActions: 'More',

  // --- presentation mode ---
  presentButton: 'Present',
  presentButtonTitle: 'Present the events one at a time, full page (key: P)',
  presentExit: 'Exit',

  // --- tours ---
  tourPickerLabel: 'Present a tour',
  tourAllEvents: 'Tour: all events',
  tourFromLink: 'Tour from a link ({count} events)',

  // --- embedding, themes ---
  embedButton: 'Embed',
  embedClose: 'Close',
  themeLabel: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeContrast: 'High contrast',

  // --- interface language (the switch's visible labels are the languages' own names, not messages) ---
  langLabel: 'Language',
  langAnnounce: 'The interface is in English',

  // --- exports and printing ---
  exportButton: 'Export',
  exportPanelLabel: 'Export and print',

  // --- import (bring your own timeline) ---
  importOpen: 'Load your own timeline',
  importClose: 'Close',
  importShowing: 'You are viewing “{title}”, loaded from {name}.',
  importSummary: '{loaded} of {total} events loaded, {rejected} skipped',
  importSummaryAll: 'All {total} events loaded',
  importNothing: 'Nothing could be loaded from {name}; the timeline on screen has not changed.',
  importAnnounceLoaded: 'Loaded {title}: {summary}',

  // --- the article's lens: cited works, histogram, rows by section ---
  literatureToggle: 'Cited works',
  literatureHelp: 'Among the cited works: ← → previous and next work of the same kind, ↑ ↓ other kinds, Enter opens the work, Esc closes it.',
  workSelected: 'Selected work: {name}',
  groupLabel: 'Rows by',
  groupByCategory: 'Category',
  groupBySection: 'Article section',
  groupAnnounceCategory: 'Rows packed, coloured by category',
  groupAnnounceSection: 'Rows grouped by the article’s sections',
  sectionFallback: 'Section {n}',
  sectionOther: 'Not tied to a section',
  sectionBandLabel: '{title} (section {numbers}): {count} events',
  literatureShown: 'Cited works shown under the axis',
  literatureHidden: 'Cited works hidden',

  // --- search and filters ---
  legendTitle: 'Categories',
  legendHint: 'Press a category to show or hide its events.',
  legendEvents: 'events',
  legendEventsOne: 'event',
  legendShowAll: 'Show all',
  legendAnnounce: 'Showing {shown} of {total} categories, {count} events',
  searchLabel: 'Search events, footnotes and sources',
  searchClear: 'Clear search',
  searchCount: '{count} of {total} events',
  searchNoMatch: 'No events match',
  searchCleared: 'Search cleared, {count} of {total} events',

  // --- small pieces of dates and lists ---
  approximateShort: 'c. {date}',
  /** Between the items of a short list (footnote numbers): "45, 78" / "45、78". */
  listSeparator: ', ',
  eraTagFootnotes: 'fn {list}',
  eraTagSection: '§{section}',

} as const;

export type MessageKey = keyof typeof en | keyof typeof enLater;
export type Messages = Record<MessageKey, string>;

/** English: the first screen's messages, and the later parts' once messagesLater.ts has loaded. */
const english: Partial<Record<MessageKey, string>> = { ...en };

/** Called by messagesLater.ts as it loads. */
export function addLaterMessages(messages: Readonly<Record<keyof typeof enLater, string>>): void {
  Object.assign(english, messages);
}

/**
 * The table of a language, once loaded (English otherwise). An English key of a later part is
 * there once that part's code has loaded, which is before it can ask.
 */
export function messagesOf(lang: Lang): Messages {
  return langPack(lang)?.messages ?? (english as Messages);
}

export const LANGS: readonly Lang[] = ['en', 'zh'];

/** Each language by its own name, the same on every page (so a reader finds their own): not a message. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', zh: '中文' };

let langSource: () => Lang = () => 'en';

/** Where `t` and the formatters read the interface language from (the store registers itself). */
export function setLangSource(source: () => Lang): void {
  langSource = source;
}

/** The interface language now: the store's, or English without a store. */
export function currentLang(): Lang {
  return langSource();
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * A count in the language's digits and grouping ("12,345"). Four-digit
 * numbers are not grouped, so years and footnote numbers read as usual.
 */
export function formatNumber(n: number, lang: Lang = currentLang()): string {
  // Whole numbers are grouped here, as Intl groups them in both languages (a comma every three digits
  // from five digits on): Intl's first use loads its locale data, which costs the page 20 to 50 ms of
  // start-up, and a big dataset's count is on the first screen.
  if (Number.isSafeInteger(n) && n >= 0) return n < 10_000 ? String(n) : groupThousands(String(n));
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-Hans' : 'en', { useGrouping: 'min2', maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** Fills `{name}` placeholders (numbers through formatNumber); an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value, lang) : String(value);
  });
}

/** The message in the current interface language (or in `lang`). */
export function t(key: MessageKey, params?: Record<string, string | number>, lang: Lang = currentLang()): string {
  // A key without its text (a later part's, asked for before that part loaded: a bug the split's test
  // guards against) shows as itself rather than as nothing.
  return format(messagesOf(lang)[key] ?? key, params, lang);
}

/** The dataset's source as the page's footer names it, without the punctuation of what it lacks. */
export function sourceCreditParts(
  source: { readonly authors?: readonly string[]; readonly year?: number; readonly journal?: string; readonly volume?: string; readonly issue?: string },
  lang: Lang = currentLang(),
): { who: string; container: string } {
  const authors = source.authors?.join(', ') ?? '';
  const year = source.year === undefined ? '' : String(source.year);
  const who = authors && year !== '' ? t('sourceCreditWho', { authors, year }, lang) : authors ? t('sourceCreditAuthors', { authors }, lang) : year !== '' ? t('sourceCreditYear', { year }, lang) : '';
  const issue = source.issue ? `(${source.issue})` : '';
  const container = [source.journal, `${source.volume ?? ''}${issue}`].filter(Boolean).join(' ');
  return { who, container: container ? t('sourceCreditContainer', { container }, lang) : '' };
}

/** Items of a short list, joined the language's way: "45, 78" / "45、78". */
export function joinList(items: readonly (string | number)[], lang: Lang = currentLang()): string {
  return items.map((item) => (typeof item === 'number' ? formatNumber(item, lang) : item)).join(t('listSeparator', {}, lang));
}
