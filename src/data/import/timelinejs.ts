/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html)
 * mapped onto our format, record by record (see lenient.ts for what happens
 * to records that cannot be loaded).
 *
 *   { title?: { text: { headline, text } },
 *     events: [{ start_date: { year, month?, day?, display_date? }, end_date?,
 *                text?: { headline, text }, group?, unique_id?, media?, display_date? }],
 *     eras?: [{ start_date, end_date, text: { headline, text } }] }
 *
 * - Dates keep their precision: a year alone → "1990", with a month →
 *   "1990-03", with a day → "1990-03-26". Years and months may be numbers or
 *   strings ("1990", "03"); empty strings (from spreadsheets) mean "absent".
 *   Years before 1 or after 9999, months outside 1–12, days the month does not
 *   have, a day without a month: the event is rejected, naming the field
 *   (`events[3].start_date.month`). Hours, minutes and seconds are dropped
 *   (our dates stop at the day), with one warning.
 * - text.headline → title and text.text → summary, as plain text (HTML tags
 *   stripped, character references decoded; see plainText.ts).
 * - group → category (one category per group, labelled with the group's name;
 *   "ungrouped" for events without one).
 * - unique_id → id; one that is not an id in our format (lowercase letters,
 *   digits, "-") is turned into one, with a warning; none → made from the
 *   headline and date.
 * - display_date → displayDate (text), media → media (kept as is, not shown).
 * - eras → eras (text.headline → label, text.text → description).
 * - title.text.headline → source.title (title.text.text → source.description).
 */
import { describeValue, type Problem } from '../validate';
import {
  DEFAULT_SOURCE_TITLE,
  buildDataset,
  isRecord,
  jsonLocator,
  unusable,
  type Candidate,
  type ImportProblem,
  type ImportResult,
  type Locator,
  type PathKey,
} from './lenient';
import { IdPool, isId, slugify } from './ids';
import { htmlToText } from './plainText';

export const UNGROUPED = 'ungrouped';

const quote = (value: unknown) => JSON.stringify(value) ?? String(value);

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A date part: absent, a whole number, or not a whole number. */
function datePart(raw: unknown): { kind: 'absent' } | { kind: 'number'; value: number } | { kind: 'invalid' } {
  if (raw === undefined || raw === null) return { kind: 'absent' };
  if (typeof raw === 'number') return Number.isInteger(raw) ? { kind: 'number', value: raw } : { kind: 'invalid' };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { kind: 'absent' };
    return /^[+-]?\d{1,16}$/.test(text) ? { kind: 'number', value: Number(text) } : { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}

const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond'] as const;

interface TjsDate {
  readonly iso: string;
  readonly display?: string;
  /** Whether it had a time of day (dropped). */
  readonly time: boolean;
}

/** Whether a TimelineJS date object is there at all ({} or {year: ""} from a spreadsheet is not). */
function isAbsentDate(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (!isRecord(raw)) return false;
  return ['year', 'month', 'day'].every((key) => datePart(raw[key]).kind === 'absent');
}

/** Reads a TimelineJS date at its precision; problems are located under `at`. */
function readDate(raw: unknown, at: Locator): TjsDate | Problem[] {
  if (!isRecord(raw)) return [at([], `should be an object such as {"year": 1990, "month": 3}, not ${describeValue(raw)}`)];
  const problems: Problem[] = [];
  const year = datePart(raw.year);
  const month = datePart(raw.month);
  const day = datePart(raw.day);
  if (year.kind === 'absent') problems.push(at(['year'], 'is missing'));
  else if (year.kind === 'invalid') problems.push(at(['year'], `${describeValue(raw.year)} is not a whole number`));
  else if (year.value < 1 || year.value > 9999) problems.push(at(['year'], `${year.value} is not a year this timeline can show (1 to 9999: no year 0, no years BCE)`));
  if (month.kind === 'invalid') problems.push(at(['month'], `${describeValue(raw.month)} is not a whole number`));
  else if (month.kind === 'number' && (month.value < 1 || month.value > 12)) problems.push(at(['month'], `${month.value} is not a month (1 to 12)`));
  if (day.kind === 'invalid') problems.push(at(['day'], `${describeValue(raw.day)} is not a whole number`));
  else if (day.kind === 'number') {
    if (month.kind === 'absent') problems.push(at(['day'], `a day (${day.value}) needs a month`));
    else if (year.kind === 'number' && month.kind === 'number' && month.value >= 1 && month.value <= 12) {
      const last = daysInMonth(year.value, month.value);
      if (day.value < 1 || day.value > last) problems.push(at(['day'], `${day.value} is not a day of ${pad(year.value, 4)}-${pad(month.value, 2)} (1 to ${last})`));
    }
  }
  if (problems.length > 0 || year.kind !== 'number') return problems;
  let iso = pad(year.value, 4);
  if (month.kind === 'number') iso += `-${pad(month.value, 2)}`;
  if (month.kind === 'number' && day.kind === 'number') iso += `-${pad(day.value, 2)}`;
  const display = typeof raw.display_date === 'string' ? htmlToText(raw.display_date) : '';
  return {
    iso,
    ...(display ? { display } : {}),
    time: TIME_PARTS.some((key) => datePart(raw[key]).kind !== 'absent'),
  };
}

/** Our field → where it comes from in a TimelineJS slide. */
const EVENT_FIELDS: Readonly<Record<string, readonly PathKey[]>> = {
  id: ['unique_id'],
  title: ['text', 'headline'],
  summary: ['text', 'text'],
  category: ['group'],
  start: ['start_date'],
  end: ['end_date'],
  displayDate: ['display_date'],
};
const ERA_FIELDS: Readonly<Record<string, readonly PathKey[]>> = {
  id: [],
  label: ['text', 'headline'],
  description: ['text', 'text'],
  start: ['start_date'],
  end: ['end_date'],
};

function mappedLocator(at: Locator, fields: Readonly<Record<string, readonly PathKey[]>>): Locator {
  return (keys, message, named) => {
    const [first, ...rest] = keys;
    if (first === undefined) return at([], message, named);
    return at([...(fields[String(first)] ?? [first]), ...rest], message, named);
  };
}

/** The plain text of a slide's text.headline / text.text: undefined when absent, a problem when not text. */
function slideText(text: unknown, key: 'headline' | 'text', at: Locator, problems: Problem[]): string | undefined {
  if (!isRecord(text)) return undefined;
  const raw = text[key];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') {
    problems.push(at(['text', key], `should be text, not ${describeValue(raw)}`));
    return undefined;
  }
  return htmlToText(raw);
}

function listPaths(paths: readonly string[], max = 5): string {
  return paths.length <= max ? paths.join(', ') : `${paths.slice(0, max).join(', ')} and ${paths.length - max} more`;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n} ${many}`);

/** Imports a TimelineJS 3 document (already parsed). Never throws. */
export function timelineJsToDataset(json: unknown): ImportResult {
  if (!isRecord(json)) return unusable('timelinejs', [{ path: '', message: `should be an object with a list of "events", not ${describeValue(json)}` }]);
  if (json.events === undefined) return unusable('timelinejs', [{ path: 'events', message: 'is missing: a timeline needs a list of events' }]);
  if (!Array.isArray(json.events)) return unusable('timelinejs', [{ path: 'events', message: `should be a list of events, not ${describeValue(json.events)}` }]);
  const slides: readonly unknown[] = json.events;
  const problems: ImportProblem[] = [];

  // unique_ids that are ids in our format are kept; made ids must not collide with them.
  const ids = new IdPool();
  for (const slide of slides) {
    if (isRecord(slide) && typeof slide.unique_id === 'string' && isId(slide.unique_id.trim())) ids.reserve(slide.unique_id.trim());
  }

  const groupIds = new Map<string, string>();
  const categoryLabels = new Map<string, string>();
  let unnamedGroups = 0;
  const categoryOf = (group: string): string => {
    const seen = groupIds.get(group);
    if (seen) return seen;
    const id = isId(group) ? group : slugify(group) || `group-${++unnamedGroups}`;
    groupIds.set(group, id);
    if (!categoryLabels.has(id)) categoryLabels.set(id, group === UNGROUPED ? 'Ungrouped' : group);
    return id;
  };

  const noId: string[] = [];
  const ungrouped: string[] = [];
  const withTime: string[] = [];
  const withMedia: string[] = [];

  const events: Candidate[] = slides.map((slide, i) => {
    const base = jsonLocator('events', i);
    const at = mappedLocator(base, EVENT_FIELDS);
    const path = `events[${i}]`;
    if (!isRecord(slide)) return { value: slide, at, rejected: [base([], `should be an object, not ${describeValue(slide)}`)] };
    const rejected: Problem[] = [];
    const warnings: Problem[] = [];
    const event: Record<string, unknown> = {};

    let start: TjsDate | null = null;
    if (isAbsentDate(slide.start_date)) rejected.push(base(['start_date'], slide.start_date === undefined ? 'is missing' : 'has no year'));
    else {
      const read = readDate(slide.start_date, jsonLocator('events', i, 'start_date'));
      if (Array.isArray(read)) rejected.push(...read);
      else start = read;
    }
    let end: TjsDate | null = null;
    if (!isAbsentDate(slide.end_date)) {
      const read = readDate(slide.end_date, jsonLocator('events', i, 'end_date'));
      if (Array.isArray(read)) rejected.push(...read);
      else end = read;
    }
    if (start) event.start = start.iso;
    if (end) event.end = end.iso;
    if (start?.time || end?.time) withTime.push(path);

    if (slide.text !== undefined && slide.text !== null && !isRecord(slide.text)) rejected.push(base(['text'], `should be an object {headline, text}, not ${describeValue(slide.text)}`));
    const title = slideText(slide.text, 'headline', base, rejected);
    if (title !== undefined) event.title = title;
    event.summary = slideText(slide.text, 'text', base, rejected) ?? '';

    let group = UNGROUPED;
    if (typeof slide.group === 'string' && slide.group.trim() !== '') group = slide.group.trim();
    else if (typeof slide.group === 'number' && Number.isFinite(slide.group)) group = String(slide.group);
    else if (slide.group !== undefined && slide.group !== null && slide.group !== '') rejected.push(base(['group'], `should be text, not ${describeValue(slide.group)}`));
    else ungrouped.push(path);
    event.category = categoryOf(group);

    const uniqueId = typeof slide.unique_id === 'string' ? slide.unique_id.trim() : typeof slide.unique_id === 'number' ? String(slide.unique_id) : '';
    if (slide.unique_id !== undefined && slide.unique_id !== null && typeof slide.unique_id !== 'string' && typeof slide.unique_id !== 'number') {
      rejected.push(base(['unique_id'], `should be text, not ${describeValue(slide.unique_id)}`));
    }
    if (uniqueId !== '' && isId(uniqueId)) event.id = uniqueId;
    else if (uniqueId !== '') {
      event.id = ids.claim(slugify(uniqueId) || 'event');
      warnings.push(base(['unique_id'], `${quote(uniqueId)} is not an id in this format (lowercase letters, digits and "-"); ${quote(event.id)} is used`));
    } else {
      event.id = ids.claim(`${slugify(title ?? '', 50) || 'event'}-${start ? start.iso : 'undated'}`);
      noId.push(path);
    }

    const display = typeof slide.display_date === 'string' ? htmlToText(slide.display_date) : (start?.display ?? '');
    if (display) event.displayDate = display;
    if (slide.media !== undefined && slide.media !== null) {
      event.media = slide.media;
      withMedia.push(path);
    }
    event.footnotes = [];
    return { value: event, at, rejected, warnings };
  });

  // Eras.
  const eraIds = new IdPool();
  let eras: Candidate[] | undefined;
  if (json.eras !== undefined && json.eras !== null) {
    if (!Array.isArray(json.eras)) {
      problems.push({ path: 'eras', message: `should be a list, not ${describeValue(json.eras)}; it is left out`, severity: 'rejected' });
      eras = [];
    } else {
      eras = json.eras.map((raw: unknown, i): Candidate => {
        const base = jsonLocator('eras', i);
        const at = mappedLocator(base, ERA_FIELDS);
        if (!isRecord(raw)) return { value: raw, at, rejected: [base([], `should be an object, not ${describeValue(raw)}`)] };
        const rejected: Problem[] = [];
        const era: Record<string, unknown> = {};
        for (const key of ['start_date', 'end_date'] as const) {
          if (isAbsentDate(raw[key])) {
            rejected.push(base([key], raw[key] === undefined ? 'is missing' : 'has no year'));
            continue;
          }
          const read = readDate(raw[key], jsonLocator('eras', i, key));
          if (Array.isArray(read)) rejected.push(...read);
          else era[key === 'start_date' ? 'start' : 'end'] = read.iso;
        }
        if (raw.text !== undefined && raw.text !== null && !isRecord(raw.text)) rejected.push(base(['text'], `should be an object {headline, text}, not ${describeValue(raw.text)}`));
        const label = slideText(raw.text, 'headline', base, rejected);
        if (label !== undefined) era.label = label;
        const description = slideText(raw.text, 'text', base, rejected);
        if (description) era.description = description;
        era.id = eraIds.claim(`${slugify(label ?? '', 50) || 'era'}-${typeof era.start === 'string' ? era.start : 'undated'}`);
        return { value: era, at, rejected };
      });
    }
  }

  // The title slide.
  let source: Candidate | null = null;
  const titleText = isRecord(json.title) ? json.title.text : undefined;
  const titleProblems: Problem[] = [];
  const heading = slideText(titleText, 'headline', jsonLocator('title'), titleProblems);
  const description = slideText(titleText, 'text', jsonLocator('title'), titleProblems);
  if (heading) {
    source = {
      value: { title: heading, ...(description ? { description } : {}) },
      at: mappedLocator(jsonLocator('title'), { title: ['text', 'headline'], description: ['text', 'text'] }),
    };
  }
  for (const problem of titleProblems) problems.push({ ...problem, severity: 'warning' });

  if (noId.length > 0) problems.push({ path: 'events', message: `${count(noId.length, 'event has', 'events have')} no unique_id, so ids were made from the headline and date: ${listPaths(noId)}`, severity: 'warning' });
  if (ungrouped.length > 0 && ungrouped.length === slides.length) {
    problems.push({ path: 'events', message: `no event has a group, so all are in one category, ${quote(UNGROUPED)}`, severity: 'warning' });
  } else if (ungrouped.length > 0) {
    problems.push({ path: 'events', message: `${count(ungrouped.length, 'event has', 'events have')} no group and ${ungrouped.length === 1 ? 'is' : 'are'} in the category ${quote(UNGROUPED)}: ${listPaths(ungrouped)}`, severity: 'warning' });
  }
  const renamed = [...groupIds].filter(([group, id]) => group !== id && group !== UNGROUPED);
  if (renamed.length > 0) {
    const list = renamed.slice(0, 5).map(([group, id]) => `${quote(group)} → ${quote(id)}`).join(', ');
    problems.push({ path: 'events', message: `categories were made from the groups, with the group as label: ${list}${renamed.length > 5 ? ` and ${renamed.length - 5} more` : ''}`, severity: 'warning' });
  }
  if (withTime.length > 0) problems.push({ path: 'events', message: `times of day are not kept (dates stop at the day): ${listPaths(withTime)}`, severity: 'warning' });
  if (withMedia.length > 0) problems.push({ path: 'events', message: `media (images, video, links) are kept in the data but not shown: ${listPaths(withMedia)}`, severity: 'warning' });

  const categories: Candidate[] = [...categoryLabels].map(([id, label]) => ({
    value: { id, label, description: '' },
    at: (_keys, message) => ({ path: 'events', message: `category ${quote(id)}: ${message}` }),
    created: true,
  }));

  return buildDataset({
    format: 'timelinejs',
    problems,
    source: {
      candidate: source,
      fallbackTitle: DEFAULT_SOURCE_TITLE,
      missing: {
        path: 'title',
        message: `${json.title === undefined ? 'is missing' : 'has no headline'}; the title ${quote(DEFAULT_SOURCE_TITLE)} is used`,
      },
    },
    categories,
    events,
    eventsAt: jsonLocator('events'),
    ...(eras ? { eras } : {}),
    footnotes: [],
    references: [],
    checkFootnotes: false,
  });
}
