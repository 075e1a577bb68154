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
 */
import type { Lang } from './localize';
import { langPack } from './packs';

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
  eventCount: '{count} events',
  /** A mark's accessible name: "26 March 1990. State Council notice…. National policy. Footnote 45". */
  eventName: '{date}. {title}. {category}. {sources}',
  footnoteList: 'Footnote {list}',
  footnoteListPlural: 'Footnotes {list}',
  noFootnote: 'Stated in section {section} of the article, without a footnote.',
  approximate: 'about {date}',
  range: '{start} to {end}',
  sourceCredit: 'Source: {authors} ({year}), “{title}”, {journal} {volume}({issue}).',
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
  selected: 'Selected: {name}',
  detailsClosed: 'Details closed',

  // --- details panel and citations ---
  detailsClose: 'Close details',
  detailsPrevious: 'Previous',
  detailsNext: 'Next',
  detailsCite: 'Cite this event',
  detailsCopyLink: 'Copy link',
  detailsCitationCopied: 'Citation copied',
  detailsLinkCopied: 'Link copied',
  detailsCopyFailedCitation: 'Your browser did not let this page copy. The citation is selected below: copy it with Ctrl+C (⌘C on a Mac).',
  detailsCopyFailedLink: 'Your browser did not let this page copy. The link is selected below: copy it with Ctrl+C (⌘C on a Mac).',
  detailsCitationField: 'Citation of this event',
  detailsLinkField: 'Link to this event',
  detailsPrecisionDay: 'date known to the day',
  detailsPrecisionMonth: 'date known to the month',
  detailsPrecisionYear: 'date known to the year',
  detailsPrecisionApproximate: 'approximate date',
  detailsPrecision: '({precision})',
  detailsDateSource: 'How this date is known',
  detailsCategory: 'Category:',
  detailsSources: 'Sources',
  detailsFootnote: 'Footnote {n}',
  detailsFootnoteMissing: 'Footnote {n} is not in this dataset.',
  detailsReferenceMissing: 'The work “{id}” is not in this dataset.',
  detailsNoFootnoteNoSection: 'Stated in the article, without a footnote.',
  opensInNewTab: '(opens in a new tab)',
  citeAnd: '&',
  citeEditor: '(ed.)',
  citeEditors: '(eds.)',
  citeEtAl: 'et al.',
  citeYear: '({year})',
  citeNoYear: '(n.d.)',
  citeTranslatedTitle: '[{title}]',
  citeIn: 'In: {container}',
  citeNumber: 'N° {number}',
  citeAccessed: 'accessed {date}',
  citeEventIn: 'In:',
  citeEventFootnote: 'footnote {list}',
  citeEventFootnotes: 'footnotes {list}',
  citeEventSection: 'section {section}',
  citeEventView: 'View: {url}',

  // --- list view ---
  listCaption: 'Events of the timeline: {shown} of {total}, {order}',
  listOrderAscending: 'oldest first',
  listOrderDescending: 'newest first',
  listSortAnnounce: 'Sorted by date, {order}',
  listColumnDate: 'Date',
  listColumnTitle: 'Title',
  listColumnCategory: 'Category',
  listColumnFootnotes: 'Footnotes',
  listSection: 'section {section}',
  listNoSource: 'none',
  listEmpty: 'No events to show. Show all categories or clear the search.',

  actionsLabel: 'Present, export, embed and theme',
  /** On a narrow screen, the button that shows the other actions (tours, export, embed, import, theme, language). */
  moreActions: 'More',

  // --- presentation mode ---
  presentButton: 'Present',
  presentButtonTitle: 'Present the events one at a time, full page (key: P)',
  presentRegion: 'Presentation',
  presentProgress: '{current} / {total}',
  presentProgressLabel: 'Slide {current} of {total}',
  presentPrevious: 'Previous',
  presentNext: 'Next',
  presentExit: 'Exit',
  presentFullScreen: 'Full screen',
  presentLeaveFullScreen: 'Leave full screen',
  presentKeys: '→ or Space: next · ←: previous · Esc: exit',
  presentCredit: 'After {authors} ({year}), {journal} {volume}({issue})',
  presentAnnounce: '{current} of {total}: {date}, {title}',
  presentFootnote: 'Footnote {list}',
  presentFootnotes: 'Footnotes {list}',
  presentSection: 'Section {section} of the article',
  presentNoSource: 'Stated in the article, without a footnote',
  presentMoreWorks: 'and {count} more',
  presentEmpty: 'There is no event to present: the search and filters hide every event.',
  presentStripLabel: 'Timeline from {from} to {to}; the event shown is marked',

  // --- tours ---
  tourPickerLabel: 'Present a tour',
  tourAllEvents: 'Tour: all events',
  tourFromLink: 'Tour from a link ({count} events)',
  tourPlaying: 'Tour: {title}',

  // --- embedding, themes ---
  embedButton: 'Embed',
  embedDialogTitle: 'Embed this timeline in a course website',
  embedDialogIntro: 'Paste the code below into the HTML of your course page. The frame shows the timeline with the choices made here.',
  embedEvent: 'Open with the event',
  embedEventNone: 'None: the whole timeline',
  embedTour: 'Play a tour',
  embedTourNone: 'None: browse the timeline',
  embedLiterature: 'Show the cited works under the axis',
  embedBySection: 'Rows by the article’s sections',
  embedCategories: 'Categories shown',
  embedNoCategory: 'No category is selected: the embedded timeline will show no event.',
  embedTheme: 'Colours',
  embedCompact: 'Compact: the title, the timeline and the details only',
  embedHeight: 'Height in pixels',
  embedHeightHint: 'From {min} to {max}. Pages that add the script below let the frame fit its content instead.',
  embedCode: 'HTML code to paste',
  embedCopy: 'Copy the code',
  embedCopied: 'Code copied',
  embedCopyFailed: 'Your browser did not let this page copy. The code is selected above: copy it with Ctrl+C (⌘C on a Mac).',
  embedClose: 'Close',
  embedFitTitle: 'Let the frame fit its content (optional)',
  embedFitIntro: 'Add this script once to the course page: it sets each timeline frame’s height from the message the frame sends.',
  embedFitCode: 'Script for the course page',
  embedOpenFull: 'Open the full timeline',
  embedWheelHint: 'Use Ctrl + scroll to zoom (⌘ + scroll on a Mac), or click the timeline first',
  embedLanguage: 'Language',
  embedLanguageBrowser: 'The visitor’s browser language',
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
  exportGroupImage: 'The current view',
  exportSvg: 'SVG image',
  exportPng: 'PNG image',
  exportImageNeedsTimeline: 'Images show the timeline: switch to Timeline to export one.',
  exportGroupEvents: 'The {count} events shown',
  exportCsv: 'Events as CSV',
  exportJson: 'Events as JSON',
  exportGroupBibliography: 'Bibliography',
  exportBibtexAll: 'BibTeX, all {count} works',
  exportBibtexCited: 'BibTeX, {count} works cited by the events shown',
  exportRisAll: 'RIS, all {count} works',
  exportRisCited: 'RIS, {count} works cited by the events shown',
  exportPrint: 'Print',
  exportDownloaded: 'Downloaded {file}',
  exportFailed: 'The export failed: {reason}',
  exportSourceCredit: 'Source: {citation}',
  exportDate: 'Exported {date}',
  exportSubtitle: '{view} · {shown} of {total} events',
  exportFilterCategories: 'categories: {list}',
  exportFilterQuery: 'search: “{query}”',
  exportNoteOriginalTitle: 'Original title: {title}',
  exportNoteTranslatedTitle: 'English title: {title}',
  exportNoteOriginalContainer: 'Publication in the original script: {container}',
  exportNoteOriginalNames: 'Names in the original script: {names}',
  exportNoteEtAl: 'More authors than listed (et al.)',
  printChronology: 'Chronology',
  printFootnotes: 'Footnotes cited',
  printWorks: 'Works cited',
  printDate: 'Printed {date} from {url}',
  printNoEvents: 'No event matches the current search and filters.',

  // --- import (bring your own timeline) ---
  importOpen: 'Load your own timeline',
  importTitle: 'Load your own timeline',
  importIntro: 'Our JSON format, a CSV file (columns id, title, start, end, category, summary, footnotes…) or a TimelineJS 3 JSON file. Nothing leaves your computer: the file is read here, in your browser.',
  importFile: 'Choose a file',
  importDrop: 'or drop a file here',
  importUrl: 'Or load it from an address (https: or this site)',
  importUrlButton: 'Load from address',
  importPaste: 'Or paste the data',
  importPasteButton: 'Load pasted data',
  importPasted: 'pasted text',
  importClose: 'Close',
  importLoading: 'Loading {url}…',
  importProgress: '{loaded} of {total} kB',
  importProgressUnknown: '{loaded} kB',
  importFailed: 'Could not load {url}: {message} The timeline on screen has not changed.',
  importRetry: 'Try again',
  importDismiss: 'Dismiss',
  importShowing: 'You are viewing “{title}”, loaded from {name}.',
  importBack: 'Back to the SCS timeline',
  importSummary: '{loaded} of {total} events loaded, {rejected} skipped',
  importSummaryAll: 'All {total} events loaded',
  importNothing: 'Nothing could be loaded from {name}; the timeline on screen has not changed.',
  importProblems: 'What was skipped or worth knowing ({count})',
  importRejected: 'Skipped',
  importWarning: 'Note',
  /** A label before what it labels: "Skipped:". */
  labelled: '{label}:',
  importCopyReport: 'Copy the report',
  importReportCopied: 'Report copied',
  importAnnounceLoaded: 'Loaded {title}: {summary}',
  importAnnounceBack: 'Back to the SCS timeline',
  importDropHint: 'Drop the file to load it',
  importUntitled: 'Imported timeline',

  // --- downloading a dataset from an address (data/import/fetchDataset.ts) ---
  fetchNotAnAddress: '“{url}” is not a web address.',
  fetchBlockedScheme: 'Only https: addresses, or files on this site, can be loaded (not {scheme} addresses).',
  fetchBlockedHttp: 'Only https: addresses, or files on this site, can be loaded: http: is not encrypted.',
  fetchBlockedCredentials: 'Addresses that contain a user name or password are not loaded.',
  fetchBlockedRedirect: 'The server sent the request on to {url}, which is neither an https: address nor on this site.',
  fetchTimeout: 'The server did not answer within {seconds} seconds.',
  fetchNetwork: 'The request was blocked or failed (the server may not allow cross-origin requests (CORS) or be offline).',
  fetchHttp: 'The server answered {status}.',
  fetchTooLarge: 'The file is larger than {size}.',
  fetchNotText: 'The file is not text (it looks like an image, a PDF, an archive or a spreadsheet; save spreadsheets as CSV).',
  fetchWebPage: 'The address leads to a web page, not to a data file (on GitHub, use the “Raw” link).',
  fetchAborted: 'The download was cancelled.',

  // --- the article's lens: cited works, histogram, rows by section ---
  literatureToggle: 'Cited works',
  literatureTitle: 'Cited works by date of publication',
  literatureSummary: '{dated} of {total} cited works have a date and are placed here; {undated} undated',
  literatureSummaryAll: 'All {total} cited works, placed at their date of publication',
  literatureHelp: 'Among the cited works: ← → previous and next work of the same kind, ↑ ↓ other kinds, Enter opens the work, Esc closes it.',
  kind_official: 'Official documents',
  'kind_chinese-media': 'Chinese media',
  'kind_western-media': 'Western media',
  kind_scholarship: 'Scholarship',
  kind_unknown: 'Other works',
  workName: '{kind}: {citation} Published {date}. {cited}',
  workCitedIn: 'Cited in footnote {list}.',
  workCitedInPlural: 'Cited in footnotes {list}.',
  workNotCited: 'Listed in the bibliography, not cited in a footnote.',
  workBehindSelected: 'Cited for the selected event.',
  workCluster: '{count} more {kind} from {from} to {to}; activate to zoom in',
  workBadge: '+{count}',
  histogramTitle: 'Publications per year, by kind',
  histogramPeak: 'max {total} ({year})',
  histogramBar: '{year}: {total} works ({parts})',
  histogramBarEmpty: '{year}: none',
  histogramTable: 'Publications per year as a table',
  histogramYear: 'Year',
  histogramTotal: 'All',
  histogramUndated: 'Without a date: {count}',
  workPanelKind: '{kind}, published {date}',
  workPanelUndated: '{kind}, no date given',
  workPanelFootnotes: 'Footnotes citing this work',
  workPanelNoFootnotes: 'No footnote of the article cites this work; it is listed in the bibliography only.',
  workPanelEvents: 'Events these footnotes support',
  workPanelNoEvents: 'None of the timeline’s events cites these footnotes.',
  workPanelOpen: 'Open the work',
  workPanelClose: 'Close the work',
  detailsCiteWork: 'Copy the citation',
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

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** The table of a language, once loaded (English otherwise). */
export function messagesOf(lang: Lang): Messages {
  return langPack(lang)?.messages ?? en;
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
  return format(messagesOf(lang)[key], params, lang);
}

/** Items of a short list, joined the language's way: "45, 78" / "45、78". */
export function joinList(items: readonly (string | number)[], lang: Lang = currentLang()): string {
  return items.map((item) => (typeof item === 'number' ? formatNumber(item, lang) : item)).join(t('listSeparator', {}, lang));
}
