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

  // --- details panel and citations ---

  // --- list view ---

  // --- search and filters ---
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
