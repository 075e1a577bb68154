/**
 * The view, as it lives in the URL hash:
 *
 *   #event=<id>&work=<id>&from=<date>&to=<date>&cat=<ids>&q=<text>&view=list&lane=literature&group=section&mode=present&tour=<ids>
 *
 * This is a typed allow-list, not a dump of the store: only these keys are
 * written, and reading a hash never trusts it. `decodeUrlState` accepts
 * anything a reader may paste or a link may mangle and never throws; a value
 * that is not valid is simply absent, so the app falls back to its default
 * for that part of the view.
 *
 * - `event`: the selected event's id.
 * - `work`: the selected cited work's id (a reference), when no event is selected.
 * - `from`, `to`: the visible window as ISO dates at year, month or day
 *   precision ("2014", "2014-06", "2014-06-14"). Both are kept only when
 *   `to` starts strictly after `from` starts; otherwise both are dropped.
 * - `cat`: the VISIBLE categories. Absent means all categories are visible;
 *   an explicitly empty `cat=` decodes to `[]`, meaning no category is
 *   visible. (The store keeps the complement, `hiddenCategories`; the caller
 *   converts with the dataset's category list.)
 *   A `cat` value longer than 500 characters is ignored (all visible);
 *   invalid ids in it are dropped, and when none is left it is ignored too.
 * - `q`: the search text, trimmed, at most 200 characters (code points).
 * - `view`: only `list` (the table); absent means the timeline.
 * - `lane`: only `literature` (the lane of cited works is shown); absent hides it.
 * - `group`: only `section` (rows in bands by the article's sections); absent
 *   means rows packed and coloured by category.
 * - `mode`: only `present` (presentation mode); absent means browsing.
 * - `tour`: event ids to present, in order (comma-separated, at most
 *   MAX_TOUR_LENGTH); invalid ids are dropped, repeats kept once.
 */
import { parseDate, startMs } from '../data/dates';

export interface UrlState {
  /** Selected event id. */
  event?: string;
  /** Selected work (reference) id. */
  work?: string;
  /** Start of the visible window: ISO date at year, month or day precision. */
  from?: string;
  /** End of the visible window: ISO date, starting strictly after `from`. */
  to?: string;
  /** VISIBLE category ids; absent = all visible, `[]` = none visible. */
  cat?: readonly string[];
  /** Search text. */
  q?: string;
  /** 'list' shows the table; absent shows the timeline. */
  view?: 'list';
  /** 'literature' shows the lane of cited works. */
  lane?: 'literature';
  /** 'section' groups the rows by the article's sections. */
  group?: 'section';
  /** 'present' is presentation mode; absent is browsing. */
  mode?: 'present';
  /** Event ids to present, in this order. */
  tour?: readonly string[];
}

/** The most event ids a tour link holds. */
export const MAX_TOUR_LENGTH = 200;

/** The longest hash read; anything after is ignored. */
export const MAX_HASH_LENGTH = 4000;
/** The longest (decoded) value read for any key. */
export const MAX_VALUE_LENGTH = 500;
/** The longest search text kept, in code points. */
export const MAX_QUERY_LENGTH = 200;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KEYS = ['event', 'work', 'from', 'to', 'cat', 'q', 'view', 'lane', 'group', 'mode', 'tour'] as const;
type Key = (typeof KEYS)[number];

const isKey = (key: string): key is Key => (KEYS as readonly string[]).includes(key);

/** Replaces lone surrogates, which encodeURIComponent cannot encode. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const encode = (text: string) => encodeURIComponent(wellFormed(text));

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Trims and keeps at most MAX_QUERY_LENGTH code points. */
function cleanQuery(text: string): string {
  const points = Array.from(wellFormed(text.slice(0, MAX_VALUE_LENGTH)).trim());
  return (points.length > MAX_QUERY_LENGTH ? points.slice(0, MAX_QUERY_LENGTH).join('') : points.join('')).trim();
}

/**
 * The hash for a view, WITHOUT the leading '#'. Keys come in a fixed order
 * (event, work, from, to, cat, q, view, lane, group, mode, tour); absent and empty values are left out,
 * except `cat: []`, which is written as `cat=` (no category visible).
 * Values are percent-encoded, so any text survives.
 */
export function encodeUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.event) parts.push(`event=${encode(state.event)}`);
  if (state.work) parts.push(`work=${encode(state.work)}`);
  if (state.from) parts.push(`from=${encode(state.from)}`);
  if (state.to) parts.push(`to=${encode(state.to)}`);
  if (state.cat) parts.push(`cat=${state.cat.map(encode).join(',')}`);
  const q = state.q?.trim();
  if (q) parts.push(`q=${encode(q)}`);
  if (state.view === 'list') parts.push('view=list');
  if (state.lane === 'literature') parts.push('lane=literature');
  if (state.group === 'section') parts.push('group=section');
  if (state.mode === 'present') parts.push('mode=present');
  if (state.tour && state.tour.length > 0) parts.push(`tour=${state.tour.map(encode).join(',')}`);
  return parts.join('&');
}

/**
 * The view a hash describes (with or without the leading '#'). Never throws.
 * Unknown keys are ignored; for a repeated key the first occurrence wins
 * (even when its value is invalid); invalid values are left out. A literal
 * '+' is a plus sign, not a space (values are written with %20).
 */
export function decodeUrlState(hash: string): UrlState {
  if (typeof hash !== 'string') return {};
  const raw = new Map<Key, string>();
  const text = (hash.startsWith('#') ? hash.slice(1) : hash).slice(0, MAX_HASH_LENGTH);
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    if (isKey(key) && !raw.has(key)) raw.set(key, part.slice(eq + 1));
  }

  const value = (key: Key): string | null => {
    const encoded = raw.get(key);
    if (encoded === undefined) return null;
    const decoded = decode(encoded);
    return decoded === null || decoded.length > MAX_VALUE_LENGTH ? null : decoded;
  };

  const state: UrlState = {};

  const event = value('event');
  if (event !== null && ID.test(event)) state.event = event;
  const work = value('work');
  if (work !== null && ID.test(work)) state.work = work;

  const fromText = value('from');
  const toText = value('to');
  const from = fromText === null ? null : parseDate(fromText);
  const to = toText === null ? null : parseDate(toText);
  if (from && to) {
    if (startMs(to) > startMs(from)) {
      state.from = from.iso;
      state.to = to.iso;
    }
  } else if (from) state.from = from.iso;
  else if (to) state.to = to.iso;

  const catRaw = raw.get('cat');
  if (catRaw === '') state.cat = [];
  else if (catRaw !== undefined && catRaw.length <= MAX_VALUE_LENGTH) {
    // Each comma-separated piece is decoded on its own, so one bad escape
    // costs only that id; a piece that decodes to commas is split too.
    const ids: string[] = [];
    for (const piece of catRaw.split(',')) {
      const decoded = decode(piece);
      if (decoded === null) continue;
      for (const id of decoded.split(',')) if (ID.test(id) && !ids.includes(id)) ids.push(id);
    }
    // Garbage is not "no category visible": only an explicit `cat=` is.
    if (ids.length > 0) state.cat = ids;
  }

  // The search text is cut rather than dropped when it is too long.
  const qRaw = raw.get('q');
  const q = qRaw === undefined ? null : decode(qRaw);
  if (q !== null) {
    const cleaned = cleanQuery(q);
    if (cleaned) state.q = cleaned;
  }

  if (value('view') === 'list') state.view = 'list';
  if (value('lane') === 'literature') state.lane = 'literature';
  if (value('group') === 'section') state.group = 'section';
  if (value('mode') === 'present') state.mode = 'present';

  const tourRaw = raw.get('tour');
  if (tourRaw !== undefined && tourRaw.length <= MAX_TOUR_LENGTH * 60) {
    const ids: string[] = [];
    for (const piece of tourRaw.split(',')) {
      const id = decode(piece);
      if (id !== null && ID.test(id) && id.length <= MAX_VALUE_LENGTH && !ids.includes(id)) ids.push(id);
      if (ids.length >= MAX_TOUR_LENGTH) break;
    }
    if (ids.length > 0) state.tour = ids;
  }

  return state;
}
