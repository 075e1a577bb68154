/**
 * Where each event mark goes, in "world" pixels: the base scale stretched by a
 * zoom level. Its bar covers the period its date stands for (a year-precision
 * event covers its year) and its label sits right of the bar's start, or ends
 * at the bar's end near the right edge. Lanes come from the label extents, so
 * labels never overlap (near the right edge, an extent starts where the
 * widest label would); what does not fit in `maxLanes` lanes is counted in a
 * cluster badge. Computed once per dataset, width and zoom level: panning only
 * translates it, so nothing jumps.
 */
import type { TimeScale } from './timeScale';
import type { TimelineEvent } from '../data/schema';
import { assignLanesByStart } from './lanes';
import { parseDate } from '../data/dates';
import { estimateTextEms, fitToWidth, isNarrowText, narrowEmsOf } from './textWidth';

export interface MarkLayout {
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
  readonly label: string;
  /** The label's estimated width (px). */
  readonly labelWidth: number;
  /** Where the label starts, or ends when `labelAnchor` is 'end'. */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
}

export interface ClusterLayout {
  /** The events counted in the badge, in date order. */
  readonly ids: readonly string[];
  /** Where each clustered event starts (world px), for the small rug marks inside the badge. */
  readonly xs: readonly number[];
  readonly x0: number;
  readonly x1: number;
  /** The instants the clustered events cover, for "zoom in on click". */
  readonly from: number;
  readonly to: number;
}

export interface EventLayout {
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly ClusterLayout[];
  readonly laneCount: number;
}

/**
 * What layout needs of an event, worked out once per dataset (and language)
 * rather than at every zoom level: the instants it covers, and its label,
 * written out and measured only when first asked for. Layout asks only for
 * the labels of marks it draws; in a big dataset most events are counted in
 * badges and never labelled. `layoutItemOf` makes them.
 */
export interface LayoutItem {
  readonly id: string;
  /** The first instant the event covers (UTC ms). */
  readonly from: number;
  /** The first instant after it (UTC ms). */
  readonly to: number;
  readonly text: () => LabelText;
}

export interface LabelText {
  /** The full label. */
  readonly label: string;
  /** Its estimated width in ems (see textWidth.ts). */
  readonly ems: number;
  /** Whether it has only narrow characters (isNarrowText), so it is cut without being read. */
  readonly narrow: boolean;
}

export interface LayoutOptions {
  readonly fontSize: number;
  /** Smallest drawn width of a bar, so a day is still visible. */
  readonly minBarWidth: number;
  /** Space kept between two labels in one lane. */
  readonly gap: number;
  /** Room before the label for the category symbol. */
  readonly symbolSpace: number;
  readonly maxLanes: number;
  /** Overflowing marks closer than this (px) share one badge. */
  readonly clusterGap: number;
  /** Longer labels are cut with an ellipsis (the full title is in the mark's name and the details). */
  readonly maxLabelWidth: number;
}

export const defaultLayoutOptions: LayoutOptions = {
  fontSize: 15,
  minBarWidth: 6,
  gap: 14,
  symbolSpace: 0,
  maxLanes: Infinity,
  clusterGap: 60,
  maxLabelWidth: Infinity,
};

/** The layout item of an event, or null for an event without a date (it cannot be placed). */
export function layoutItemOf(event: TimelineEvent, labelOf: (event: TimelineEvent) => string): LayoutItem | null {
  const from = parseDate(event.start);
  const to = event.end === undefined ? from : parseDate(event.end);
  return from && to ? new Item(event, labelOf, from.from, to.to) : null;
}

/** One object per event (not an object, a closure and its scope): a big dataset has 100,000. */
class Item implements LayoutItem {
  readonly id: string;
  private label: LabelText | undefined;

  constructor(
    private readonly event: TimelineEvent,
    private readonly labelOf: (event: TimelineEvent) => string,
    readonly from: number,
    readonly to: number,
  ) {
    this.id = event.id;
  }

  text(): LabelText {
    if (!this.label) {
      const label = this.labelOf(this.event);
      // Most labels are narrow (Latin): their width follows from their length, so one scan, not two.
      const narrow = isNarrowText(label);
      this.label = { label, ems: narrow ? narrowEmsOf(label.length) : estimateTextEms(label), narrow };
    }
    return this.label;
  }
}

/**
 * The items of `list`, whose events are some of `all`'s in `all`'s order (a filter, a band): one walk
 * along both lists picks each event's item from `items` (one per event of `all`, null for an event
 * without a date), with no lookup per event. Should an event not be found there, it and the events
 * after it get items from `make`. Events without a date are left out.
 */
export function itemsInOrder<E>(list: readonly E[], all: readonly E[], items: readonly (LayoutItem | null)[], make: (event: E) => LayoutItem | null): LayoutItem[] {
  const picked: LayoutItem[] = [];
  let j = 0;
  for (const event of list) {
    while (j < all.length && all[j] !== event) j++;
    const item = j < all.length ? items[j++]! : make(event);
    if (item) picked.push(item);
  }
  return picked;
}

/** The layout items of events, in their order; events without a date are left out. */
export function layoutItemsOf(events: readonly TimelineEvent[], labelOf: (event: TimelineEvent) => string): LayoutItem[] {
  const items: LayoutItem[] = [];
  for (const event of events) {
    const item = layoutItemOf(event, labelOf);
    if (item) items.push(item);
  }
  return items;
}

/**
 * Lays out events along `scale` (whose range is the world width at this zoom
 * level). `visibleWidth` bounds a label's width, so a label always fits on screen.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  labelOf: (event: TimelineEvent) => string,
  options: Partial<LayoutOptions> = {},
  visibleWidth?: number,
): EventLayout {
  return layoutItems(layoutItemsOf(events, labelOf), scale, options, visibleWidth);
}

/**
 * `layoutEvents` for prepared items: linear in the items apart from one sort
 * (none for items in date order) and the lane heaps (as many entries as
 * lanes), and a label is fitted only for an item that gets a lane, so it can
 * run at every zoom level of 100,000 events.
 */
export function layoutItems(
  items: readonly LayoutItem[],
  scale: TimeScale,
  options: Partial<LayoutOptions> = {},
  visibleWidth?: number,
): EventLayout {
  const o = { ...defaultLayoutOptions, ...options };
  const [r0, r1] = scale.range() as [number, number];
  const [left, right] = [Math.min(r0, r1), Math.max(r0, r1)];
  const maxLabel = Math.max(40, Math.min(o.maxLabelWidth, (visibleWidth ?? right - left) - o.symbolSpace - 8));
  const x = scale; // arithmetic on milliseconds (timeScale.ts): no Date per event
  const n = items.length;
  const x0s = new Float64Array(n);
  const x1s = new Float64Array(n);
  const starts = new Float64Array(n);
  const labels: (Fitted | undefined)[] = new Array<Fitted | undefined>(n);

  // The label of item i, cut to fit, and where it goes: right of the bar's start if it fits, else
  // ending at the bar's end, else flush with the left edge.
  const fit = (i: number): Fitted => {
    let fitted = labels[i];
    if (!fitted) {
      const text = items[i]!.text();
      const fullWidth = text.ems * o.fontSize;
      const cut = fullWidth <= maxLabel ? null : fitToWidth(text.label, maxLabel, o.fontSize, text.narrow);
      const labelWidth = cut ? cut.width : fullWidth;
      const width = labelWidth + o.symbolSpace;
      const x0 = x0s[i]!;
      const start = x0 + width <= right ? x0 : Math.max(left, Math.min(x1s[i]!, right) - width);
      const anchor = start === x0 ? ('start' as const) : ('end' as const);
      labels[i] = fitted = {
        label: cut ? cut.text : text.label,
        labelWidth,
        labelX: anchor === 'start' ? x0 + o.symbolSpace : start + width,
        labelAnchor: anchor,
        end: Math.max(x1s[i]!, start + width),
      };
    }
    return fitted;
  };

  // The widest a label can be: an item this far from the right edge starts at its bar, whatever its
  // label (a pixel to spare against rounding in the label's measure). Nearer the edge, where its
  // label may turn left, its lane is taken from where the widest label would start: a little room
  // lost there, but no label is written out and measured only to find that its mark is counted in
  // a badge (a third of a big dataset's events at "fit all").
  const widest = maxLabel + o.symbolSpace + 1;
  // The scale's own arithmetic (timeScale.ts: where the instant lies in the domain, then the range at
  // that point), written out here: a call per position is much of this loop at 100,000 events.
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const span = d1 - d0;
  const at = (ms: number) => {
    if (!(span > 0)) return x(ms);
    const t = (ms - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const x0 = at(item.from);
    x0s[i] = x0;
    x1s[i] = Math.max(at(item.to), x0 + o.minBarWidth);
    starts[i] = x0 + widest <= right ? x0 : Math.max(left, Math.min(x0, Math.min(x1s[i]!, right) - widest));
  }
  const { lanes, laneCount, clusters } = assignLanesByStart(starts, (i) => fit(i).end, o.gap, o.maxLanes, x0s, o.clusterGap);
  const marks: MarkLayout[] = [];
  for (let i = 0; i < n; i++) {
    const lane = lanes[i]!;
    if (lane < 0) continue;
    const { label, labelWidth, labelX, labelAnchor } = fit(i);
    marks.push({ id: items[i]!.id, x0: x0s[i]!, x1: x1s[i]!, label, labelWidth, labelX, labelAnchor, lane });
  }
  return {
    marks,
    laneCount,
    clusters: clusters.map((members) => {
      const ids = new Array<string>(members.length);
      const xs = new Array<number>(members.length);
      // The badge spans the clustered marks' starts (their anchors), not their bars, so badges stay apart.
      let x0 = Infinity;
      let x1 = -Infinity;
      let from = Infinity;
      let to = -Infinity;
      for (let k = 0; k < members.length; k++) {
        const index = members[k]!;
        const item = items[index]!;
        const x = x0s[index]!;
        ids[k] = item.id;
        xs[k] = x;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (item.from < from) from = item.from;
        if (item.to > to) to = item.to;
      }
      return { ids, xs, x0, x1, from, to };
    }),
  };
}

/** A label fitted at one zoom level, and where its mark (bar and label) ends. */
interface Fitted {
  readonly label: string;
  readonly labelWidth: number;
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  /** The right end of the mark (bar or label). */
  readonly end: number;
}

