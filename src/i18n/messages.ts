/**
 * Every string of the interface, in one place. A Chinese interface is
 * planned: a `zh` table with the same keys goes next to `en`, and components
 * never hold text of their own.
 */

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
  timelineLabel: 'Timeline of {count} events, {from} to {to}',
  eventCount: '{count} events',
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

  // --- presentation mode ---

  // --- embedding, themes ---

  // --- exports and printing ---

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
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(key: MessageKey, params?: Record<string, string | number>, messages: Messages = en): string {
  return format(messages[key], params);
}
