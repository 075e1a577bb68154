/**
 * Rows grouped into bands: by the source's sections (the dataset's
 * `sections`, each a titled band of section numbers), each band with its own
 * rows and its own count badges, so a band never borrows another's space.
 * Pure: the Timeline renders what `layoutBands` returns.
 */
import type { Section, TimelineEvent } from '../data/schema';
import type { ClusterLayout, EventLayout, MarkLayout } from './layout';

export interface EventGroup {
  /** A section id, or OTHER_GROUP for events no section lists. */
  readonly id: string;
  readonly section: Section | null;
  readonly events: readonly TimelineEvent[];
}

export const OTHER_GROUP = '';

/** The section an event's section number belongs to: the one listing the longest prefix of it ("7.1", else "7"). */
export function sectionOf(number: string | undefined, sections: readonly Section[]): Section | null {
  if (!number) return null;
  const parts = number.trim().split('.');
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('.');
    const match = sections.find((s) => s.numbers.includes(prefix));
    if (match) return match;
  }
  return null;
}

/**
 * Events by section band, bands in the dataset's order, events keeping their
 * order. Bands without events are left out; events no band lists come last,
 * in a band of their own, so none is lost.
 */
export function groupBySection(events: readonly TimelineEvent[], sections: readonly Section[]): EventGroup[] {
  const members = new Map<string, TimelineEvent[]>();
  // Many events share a section number: each number is looked up once. Lists grow in place (a copy per
  // event would be quadratic in a band's size).
  const bandOf = new Map<string | undefined, string>();
  for (const event of events) {
    let id = bandOf.get(event.section);
    if (id === undefined) bandOf.set(event.section, (id = sectionOf(event.section, sections)?.id ?? OTHER_GROUP));
    const list = members.get(id);
    if (list) list.push(event);
    else members.set(id, [event]);
  }
  const groups: EventGroup[] = sections.flatMap((section) => {
    const list = members.get(section.id);
    return list ? [{ id: section.id, section, events: list }] : [];
  });
  const other = members.get(OTHER_GROUP);
  if (other) groups.push({ id: OTHER_GROUP, section: null, events: other });
  return groups;
}

/**
 * How many rows each band gets out of `rows`: what it needs when all fit;
 * otherwise every band at least one row (two when it overflows: one of marks
 * and one for its count badges), and the rest one by one where a row shows
 * the most: first to bands it lets fit whole (freeing their badge row), then
 * to the band with the most rows of marks still missing. May exceed `rows` only when there are
 * more bands than rows.
 */
export function allotRows(needs: readonly number[], rows: number): number[] {
  const want = needs.map((n) => Math.max(1, n));
  if (want.reduce((a, b) => a + b, 0) <= rows) return want;
  const allot = want.map((n) => (n > 1 ? 2 : 1));
  let left = rows - allot.reduce((a, b) => a + b, 0);
  // Rows of marks one more row would show: a band that then fits also frees its badge row.
  const gain = (i: number) => (allot[i]! + 1 >= want[i]! ? want[i]! - (allot[i]! - 1) : 1);
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < want.length; i++) {
      if (allot[i]! >= want[i]!) continue;
      if (best < 0 || gain(i) > gain(best) || (gain(i) === gain(best) && want[i]! - allot[i]! > want[best]! - allot[best]!)) best = i;
    }
    if (best < 0) break;
    allot[best]! += 1;
    left -= 1;
  }
  return allot;
}

export interface BandLayout {
  readonly id: string;
  readonly section: Section | null;
  /** The band's first row (global). */
  readonly firstRow: number;
  readonly rowCount: number;
  /** How many events the band holds (drawn or counted in its badges). */
  readonly eventCount: number;
}

export interface BandedCluster extends ClusterLayout {
  /** The row its badge sits in (global). */
  readonly row: number;
}

export interface BandedLayout {
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly BandedCluster[];
  readonly bands: readonly BandLayout[];
  readonly rowCount: number;
}

/**
 * Lays out each band with `layout(events, maxLanes)` and stacks the bands.
 * A band that cannot show all its marks keeps its last row for its badges.
 * `rows` is the room in rows, or a function of what each band needs.
 */
export function layoutBands(
  groups: readonly EventGroup[],
  layout: (events: readonly TimelineEvent[], maxLanes: number) => EventLayout,
  rows: number | ((needs: readonly number[]) => number),
): BandedLayout {
  const needs = groups.map((g) => layout(g.events, Infinity).laneCount);
  const allot = allotRows(needs, typeof rows === 'number' ? rows : rows(needs));
  const marks: MarkLayout[] = [];
  const clusters: BandedCluster[] = [];
  const bands: BandLayout[] = [];
  let firstRow = 0;
  groups.forEach((group, i) => {
    const rowCount = allot[i]!;
    const fits = needs[i]! <= rowCount;
    const own = fits ? layout(group.events, Infinity) : layout(group.events, rowCount - 1);
    for (const mark of own.marks) marks.push({ ...mark, lane: firstRow + mark.lane });
    for (const cluster of own.clusters) clusters.push({ ...cluster, row: firstRow + rowCount - 1 });
    bands.push({ id: group.id, section: group.section, firstRow, rowCount, eventCount: group.events.length });
    firstRow += rowCount;
  });
  return { marks, clusters, bands, rowCount: firstRow };
}

/**
 * The dataset's section bands; for a dataset without `sections`, one band per
 * top-level section number its events give ("5", "7"), in numeric order,
 * titled by `titleOf(number)`.
 */
export function sectionsOf(
  dataset: { readonly sections?: readonly Section[]; readonly events: readonly TimelineEvent[] },
  titleOf: (number: string) => string,
): readonly Section[] {
  if (dataset.sections && dataset.sections.length > 0) return dataset.sections;
  const numbers = new Set<string>();
  for (const event of dataset.events) {
    const top = event.section?.trim().split('.')[0];
    if (top && /^\d+$/.test(top)) numbers.add(top);
  }
  return [...numbers]
    .sort((a, b) => Number(a) - Number(b))
    .map((n) => ({ id: `section-${n}`, title: titleOf(n), numbers: [n] }));
}
