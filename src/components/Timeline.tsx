import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { scaleTime } from '../timeline/timeScale';
import type { Dataset, TimelineEvent } from '../data/schema';
import { formatDateRange, formatDateShort } from '../data/formatDate';
import { coverage, createTimeScale } from '../timeline/scale';
import { itemsInOrder, layoutItemOf, layoutItems, type ClusterLayout, type LayoutItem, type MarkLayout } from '../timeline/layout';
import { createIntervalIndex, queryIntervals } from '../timeline/intervalIndex';
import { binPositions, rectPaths, stackBins } from '../timeline/density';
import { categoryStyle, CATEGORY_COLOURS } from '../timeline/categoryStyle';
import { estimateTextWidth, truncateToWidth } from '../timeline/textWidth';
import {
  maxZoom,
  spanOf,
  windowAround,
  windowIncluding,
  wheelLevel,
  zoomLevel,
  zoomWindow,
  type Bounds,
  type TimeWindow,
} from '../timeline/viewport';
import { eventsExtent, timelineBounds } from '../timeline/bounds';
import { groupBySection, layoutBands, sectionsOf, type BandLayout } from '../timeline/groups';
import { laneRows, literatureHeight } from '../literature/laneSize';
import { literatureParts } from '../literature/lazy';
import { useLazyModule } from './LazyPart';
import { citationsOf } from '../literature/works';
import { LensControls } from '../literature/LensControls';
import { useStore } from '../state/store';
import { selectEventsByDate, selectLang, selectSelectedId, selectWindow } from '../state/selectors';
import { joinList, t } from '../i18n/messages';
import { textLang } from '../i18n/localizeDataset';
import { Axis, AXIS_HEIGHT } from './Axis';
import { EventMark, type MarkGeometry } from './EventMark';
import { EraBands, ERA_ROW, useEraRows } from './EraBands';
import { Overview } from './Overview';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { ZoomControls } from './ZoomControls';
import { bootWidth, useElementWidth } from './useElementWidth';
import { useZoom } from './useZoom';
import { useCoarsePointer, useViewportHeight } from './useViewportHeight';
import { useEmbedWheel } from '../modes/embed/useEmbedWheel';
import './Timeline.css';

interface TimelineProps {
  dataset: Dataset;
  /** The events to show (filtered), in date order. */
  events: readonly TimelineEvent[];
  /** Shown at the start of the toolbar row, before the zoom buttons (the legend). */
  toolbar?: ReactNode;
}

const PAD = 16;
const CLUSTER_ROW = 46;
/** Room above each band of rows (grouped by section) for its title. */
const BAND_HEADER = 20;
const FONT = 15;
const SYMBOL = 12;
/** A badge counting more events than this draws their density instead of one trace per event. */
export const RUG_LIMIT = 50;
/** How long after d3-zoom's end of a wheel gesture (150 ms without a wheel event) the zoom's own level is laid out. */
const WHEEL_SETTLE = 250;
/** How many layouts (zoom levels) are kept, so zooming back and forth does not lay out again. */
const LAYOUT_CACHE = 8;

export const eventDateText = (event: TimelineEvent) => formatDateRange(event.start, event.end, event.approximate);

/** The accessible name of a mark: date, title, category, sources. */
export function eventAccessibleName(event: TimelineEvent, categoryLabel: string): string {
  const sources =
    event.footnotes.length === 0
      ? t('noFootnote', { section: event.section ?? '?' })
      : t(event.footnotes.length === 1 ? 'footnoteList' : 'footnoteListPlural', { list: joinList(event.footnotes) });
  return t('eventName', { date: eventDateText(event), title: event.title, category: categoryLabel, sources });
}

const markLabel = (event: TimelineEvent) => `${formatDateShort(event.start, event.end, event.approximate)} · ${event.title}`;

function describeWindow(window: TimeWindow | null): string {
  if (!window) return t('showingAll');
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return t('zoomedTo', { from: formatDateRange(iso(window.from)), to: formatDateRange(iso(window.to - 1)) });
}

export function Timeline({ dataset, events, toolbar }: TimelineProps) {
  const window = useStore(selectWindow);
  const setWindow = useStore((s) => s.setWindow);
  const selectedId = useStore(selectSelectedId);
  const selectEvent = useStore((s) => s.selectEvent);
  const announce = useStore((s) => s.announce);
  const groupBy = useStore((s) => s.groupBy);
  const literature = useStore((s) => s.literature);
  const selectedWork = useStore((s) => s.selectedWork);
  const lang = useStore(selectLang);
  // All events in date order: `events` (filtered, or a band's) keeps their order.
  const allEvents = useStore(selectEventsByDate);

  const [containerRef, width, measured] = useElementWidth<HTMLDivElement>(960, bootWidth());
  const viewportHeight = useViewportHeight();
  const coarse = useCoarsePointer();
  // Rows of at least 44 px on touch screens; a mouse gets tighter rows and more of them.
  const laneHeight = coarse ? 46 : 40;
  const titleId = useId();
  const helpId = useId();

  const bounds: Bounds = useMemo(() => timelineBounds(dataset), [dataset]);
  const dataYears = useMemo(() => {
    const extent = eventsExtent(dataset);
    return extent ? ([extent[0].getUTCFullYear(), extent[1].getUTCFullYear() - 1] as const) : (['', ''] as const);
  }, [dataset]);
  const base = useMemo(() => createTimeScale([new Date(bounds.from), new Date(bounds.to)], width, PAD), [bounds, width]);
  const view = window ?? bounds;
  const visible = useMemo(() => scaleTime([view.from, view.to], [PAD, width - PAD]), [view.from, view.to, width]);
  // To 12 digits: a pan keeps the window's span, but its last bits wobble (d3 gives back both ends),
  // and marks that did not move must not be drawn again.
  const k = Number((spanOf(bounds) / spanOf(view)).toPrecision(12));
  // During a touch gesture the layout level is frozen and nothing is unmounted: touch events keep
  // going to the element the finger first landed on, and stop if that element leaves the DOM. So what
  // was near the screen when the gesture started stays drawn (world pixels, stable at a frozen level).
  const [touch, setTouch] = useState<{ level: number; marks: Reach; clusters: Reach } | null>(null);
  const touchLevel = touch?.level ?? null;
  // During a run of wheel events, too, the layout stays at the level shown (or a level already laid out):
  // a layout of 100,000 events takes longer than a frame. The wheel's level is laid out once it settles.
  const [wheeling, setWheeling] = useState(false);
  // d3-zoom ends a wheel gesture after 150 ms without a wheel event; a hand pausing on the wheel takes
  // longer, so the gesture counts as settled only WHEEL_SETTLE ms later (no layout at every pause).
  const settleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onWheelGesture = useCallback((active: boolean) => {
    clearTimeout(settleTimer.current);
    if (active) setWheeling(true);
    else settleTimer.current = setTimeout(() => setWheeling(false), WHEEL_SETTLE);
  }, []);
  useEffect(() => () => clearTimeout(settleTimer.current), []);
  const shownLevel = useRef(1);

  const eras = dataset.eras ?? [];
  const eraRows = useEraRows(eras);
  const erasHeight = eraRows.rowCount * ERA_ROW;
  const litRows = useMemo(() => laneRows(dataset), [dataset]);
  const litHeight = literature ? literatureHeight(litRows.length) : 0;
  // The lane's code comes on first use; its room is kept meanwhile.
  const lens = useLazyModule(literatureParts, literature);
  // The cited works take some of the rows' room (half their height; the page scrolls for the rest).
  const maxLanes = Math.max(3, Math.min(14, Math.floor((viewportHeight * 0.58 - erasHeight - AXIS_HEIGHT - CLUSTER_ROW - litHeight / 2) / laneHeight)));
  const marksTop = erasHeight + 6;

  const sections = useMemo(() => (groupBy === 'section' ? sectionsOf(dataset, (n) => t('sectionFallback', { n })) : null), [dataset, groupBy]);

  // What layout needs of each event (its instants, its label and the label's width), once per event and
  // language, not at every zoom level. Many events share a date: each date is written out once.
  const itemsOf = useMemo(() => {
    const dateTexts = new Map<string, string>();
    const label = (event: TimelineEvent) => {
      const key = `${event.start} ${event.end ?? ''} ${event.approximate ? 1 : 0}`;
      let text = dateTexts.get(key);
      if (text === undefined) dateTexts.set(key, (text = formatDateShort(event.start, event.end, event.approximate, lang)));
      return `${text} · ${event.title}`;
    };
    const itemOf = (event: TimelineEvent) => layoutItemOf(event, label);
    // Each event's item (null without a date), by its place in allEvents: made once, shared by every list
    // (a filter's, a band's), which itemsInOrder picks out with no lookup per event.
    let all: (LayoutItem | null)[] | undefined;
    const lists = new WeakMap<readonly TimelineEvent[], LayoutItem[]>();
    // The items of a list of events (those with a date), kept for the list: layout runs at every zoom level.
    return (list: readonly TimelineEvent[]) => {
      let listed = lists.get(list);
      if (!listed) {
        all ??= allEvents.map(itemOf);
        lists.set(list, (listed = itemsInOrder(list, allEvents, all, itemOf)));
      }
      return listed;
    };
  }, [allEvents, lang]);
  // Layouts already made at other zoom levels, for as long as nothing else changes.
  const layouts = useMemo(
    () => new Map<number, TimelineLayout>(),
    [events, itemsOf, width, maxLanes, sections, laneHeight, viewportHeight, erasHeight, litHeight],
  );
  const wantedLevel = zoomLevel(k);
  const level = touchLevel ?? (wheeling && measured && !layouts.has(wantedLevel) ? wheelLevel(wantedLevel, shownLevel.current) : wantedLevel);
  shownLevel.current = level;

  const world = useMemo(
    () => createTimeScale([new Date(bounds.from), new Date(bounds.to)], PAD + (width - 2 * PAD) * level + PAD, PAD),
    [bounds, width, level],
  );
  const worldX = useCallback((ms: number) => world(new Date(ms)), [world]);

  // Lanes once per dataset, width and zoom level (not per pan or per wheel frame). Nothing before the
  // timeline knows its width: laying out at a guessed width would only be thrown away.
  const layout = useMemo((): TimelineLayout => {
    if (!measured) return { marks: [], clusters: [], bands: [], rowCount: maxLanes };
    const cached = layouts.get(level);
    if (cached) return cached;
    // Labels may grow as the zoom gives them room; the full title is always in the name, tooltip and details.
    const maxLabelWidth = Math.min(420, Math.max(180, width * 0.2) * Math.sqrt(level));
    const run = (list: readonly TimelineEvent[], cap: number) =>
      layoutItems(itemsOf(list), world, { fontSize: FONT, symbolSpace: SYMBOL + 4, maxLanes: cap, clusterGap: 64, gap: 16, minBarWidth: 6, maxLabelWidth }, width - 2 * PAD);
    const made = ((): TimelineLayout => {
      if (!sections) {
        const packed = run(events, maxLanes);
        return { marks: packed.marks, clusters: packed.clusters.map((c) => ({ ...c, row: maxLanes })), bands: [], rowCount: maxLanes };
      }
      const groups = groupBySection(events, sections);
      // At least the room of the packed rows and their badge row (less a title per band); more while
      // bands need it, up to about a screen of rows (the page scrolls): a band of one row and one
      // badge row says little.
      const base = Math.floor((maxLanes * laneHeight + CLUSTER_ROW - groups.length * BAND_HEADER) / laneHeight);
      const most = Math.floor((viewportHeight * 1.1 - erasHeight - AXIS_HEIGHT - litHeight / 2 - groups.length * BAND_HEADER) / laneHeight);
      return layoutBands(groups, run, (needs) => Math.max(groups.length, base, Math.min(most, needs.reduce((sum, n) => sum + Math.min(n, 5), 0))));
    })();
    layouts.set(level, made);
    if (layouts.size > LAYOUT_CACHE) layouts.delete(layouts.keys().next().value!);
    return made;
    // `layouts` changes with everything else the layout depends on (events, sections, rows, sizes).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [measured, layouts, level, world, itemsOf, width, maxLanes]);

  const grouped = layout.bands.length > 0;
  // Where each row starts: packed rows one under the other; bands each with a title above their rows.
  const rowTop = useMemo(() => {
    if (!grouped) return (row: number) => row * laneHeight;
    const tops: number[] = [];
    let y = 0;
    for (const band of layout.bands) {
      y += BAND_HEADER;
      for (let r = 0; r < band.rowCount; r++) tops[band.firstRow + r] = y + r * laneHeight;
      y += band.rowCount * laneHeight;
    }
    return (row: number) => tops[row] ?? y + (row - layout.rowCount) * laneHeight;
  }, [grouped, layout, laneHeight]);
  const clusterHeight = grouped ? laneHeight : CLUSTER_ROW;
  const plotHeight = grouped ? layout.bands.length * BAND_HEADER + layout.rowCount * laneHeight : maxLanes * laneHeight + CLUSTER_ROW;
  const height = marksTop + plotHeight + AXIS_HEIGHT + litHeight;

  const scaleRatio = k / level;
  const offset = ((view.from - bounds.from) / spanOf(view)) * (width - 2 * PAD);
  const toScreen = (worldX: number) => PAD + (worldX - PAD) * scaleRatio - offset;
  // Marks and badges are drawn from `panBase` in a group that the pan moves by `shift`: panning within a
  // few screens changes one transform, and marks that did not move are not drawn again.
  const panBase = width > 0 ? Math.floor(offset / (4 * width)) * 4 * width : 0;
  const shift = offset - panBase;
  const toLocal = (worldX: number) => PAD + (worldX - PAD) * scaleRatio - panBase;
  const toWorld = (screenX: number) => PAD + (screenX + offset - PAD) / scaleRatio;

  const byId = useMemo(() => {
    const map = new Map<string, TimelineEvent>();
    for (const event of events) map.set(event.id, event);
    return map;
  }, [events]);
  const categoryIndex = useMemo(() => new Map(dataset.categories.map((c, i) => [c.id, i])), [dataset.categories]);

  // Per layout: marks and badges indexed by where they reach, so each frame looks only at those near the screen.
  const markIndex = useMemo(() => {
    const lo = layout.marks.map((m) => Math.min(m.x0, m.labelX));
    const hi = layout.marks.map((m) => Math.max(m.x1, m.labelX));
    let widest = 0;
    for (const mark of layout.marks) widest = Math.max(widest, mark.labelWidth);
    return { index: createIntervalIndex(lo, hi), widest };
  }, [layout]);
  const clusterIndex = useMemo(() => createIntervalIndex(layout.clusters.map((c) => c.x0), layout.clusters.map((c) => c.x1)), [layout]);
  // Each event's colour (its category's), for densities.
  const colourOf = useCallback((id: string) => (categoryIndex.get(byId.get(id)?.category ?? '') ?? 0) % CATEGORY_COLOURS, [byId, categoryIndex]);
  // A big badge's density (in world pixels, drawn scaled to the screen), made the first time the badge is drawn;
  // drawn just after the first frame (the badges and their counts are in it), which they would hold back.
  const drawDensities = useAfterFirstPaint();
  const densityOf = useMemo(() => {
    const made = new WeakMap<ClusterLayout, Map<number, string>>();
    return (cluster: ClusterLayout) => {
      let paths = made.get(cluster);
      if (!paths) {
        const groups = cluster.ids.map(colourOf);
        made.set(cluster, (paths = rectPaths(stackBins(binPositions(cluster.xs, groups, CATEGORY_COLOURS, 2), 14, 8, 2), 2)));
      }
      return paths;
    };
  }, [layout, colourOf]);
  // A badge's name ("14 events from … to …"), written once per badge.
  const clusterNameOf = useMemo(() => {
    const names = new WeakMap<ClusterLayout, string>();
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    return (cluster: ClusterLayout) => {
      let name = names.get(cluster);
      if (name === undefined) {
        name = t('clusterLabel', { count: cluster.ids.length, from: formatDateRange(iso(cluster.from)), to: formatDateRange(iso(cluster.to - 1)) });
        names.set(cluster, name);
      }
      return name;
    };
    // `lang`: the names are in the interface language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, lang]);

  // The accessible names and tooltips of the marks drawn, each written once per list and language.
  const texts = useMemo(() => {
    const cache = new Map<string, { name: string; tooltip: string }>();
    return (event: TimelineEvent) => {
      let text = cache.get(event.id);
      if (!text) {
        const category = dataset.categories.find((c) => c.id === event.category)?.label ?? event.category;
        cache.set(event.id, (text = { name: eventAccessibleName(event, category), tooltip: `${eventDateText(event)} · ${event.title}` }));
      }
      return text;
    };
    // `lang` too: the names are in the interface language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [events, dataset.categories, lang]);
  // A selected work lights up the events whose footnotes cite it.
  const related = useMemo(
    () => new Set(selectedWork ? citationsOf(dataset, selectedWork).events.map((e) => e.id) : []),
    [dataset, selectedWork],
  );

  // Roving focus: one tab stop; the focused mark carries tabIndex 0.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pendingFocus = useRef(false);
  const markNodes = useRef(new Map<string, SVGGElement>());

  // The marks and badges near the screen (in world pixels, with room for labels and badges' least width);
  // during a touch gesture also those near it when the gesture started.
  const markReach: Reach = [toWorld(-(SYMBOL + 4 + markIndex.widest)), toWorld(width + markIndex.widest)];
  const clusterReach: Reach = [toWorld(-44), toWorld(width)];
  const nearMarks = pick(layout.marks, queryIntervals(markIndex.index, ...widen(markReach, touch?.marks)));
  const nearClusters = pick(layout.clusters, queryIntervals(clusterIndex, ...widen(clusterReach, touch?.clusters)));
  const rovingId = focusedId && byId.has(focusedId) ? focusedId : firstVisible(nearMarks, toScreen, width) ?? layout.marks[0]?.id ?? null;

  // The focused or selected event when a badge counts it, and the badge's row.
  const counted = useMemo(() => {
    for (const candidate of [focusedId, selectedId]) {
      if (!candidate) continue;
      const cluster = layout.clusters.find((c) => c.ids.includes(candidate));
      if (cluster) return { id: candidate, row: cluster.row };
    }
    return null;
  }, [focusedId, selectedId, layout]);

  // An event counted in a badge is still drawn while it is focused or selected: in the badge row, on top.
  const spotlight = useMemo(() => {
    const event = counted ? byId.get(counted.id) : undefined;
    const span = event && coverage(event);
    if (!event || !span) return null;
    const x0 = visible(span[0]);
    const x1 = Math.max(visible(span[1]), x0 + 6);
    const label = truncateToWidth(markLabel(event), Math.max(60, width - 2 * PAD - SYMBOL - 8), FONT);
    const labelWidth = estimateTextWidth(label, FONT);
    const fitsRight = Math.max(x0, 0) + SYMBOL + 4 + labelWidth <= width;
    const labelX = fitsRight ? Math.max(x0, 0) + SYMBOL + 4 : Math.min(width - 4, Math.max(x1, labelWidth + 4));
    return { event, geometry: { x0, x1, labelX, labelAnchor: fitsRight ? ('start' as const) : ('end' as const), label, labelWidth, y: rowTop(counted!.row) } };
  }, [counted, byId, visible, width, rowTop]);

  // One handler of each kind for every mark (they get the mark's id), so marks that did not move skip re-rendering.
  const markRef = useCallback((id: string, node: SVGGElement | null) => {
    if (node) markNodes.current.set(id, node);
    else markNodes.current.delete(id);
  }, []);
  const onMarkSelect = useCallback(
    (id: string) => {
      setFocusedId(id);
      selectEvent(id);
    },
    [selectEvent],
  );
  const onMarkFocus = useCallback((id: string) => setFocusedId(id), []);

  const renderMark = (event: TimelineEvent, geometry: MarkGeometry, isSpotlight = false) => (
    <EventMark
      key={event.id}
      event={event}
      geometry={geometry}
      style={categoryStyle(categoryIndex.get(event.category) ?? 0)}
      name={texts(event).name}
      tooltip={texts(event).tooltip}
      laneHeight={laneHeight}
      fontSize={FONT}
      symbolSize={SYMBOL}
      selected={event.id === selectedId}
      related={related.has(event.id)}
      focusable={event.id === rovingId}
      spotlight={isSpotlight}
      labelLang={textLang(event, 'title', lang)}
      nodeRef={markRef}
      onSelect={onMarkSelect}
      onFocus={onMarkFocus}
    />
  );

  const setView = useCallback((next: TimeWindow | null) => setWindow(next && spanOf(next) >= spanOf(bounds) - 1 ? null : next), [setWindow, bounds]);

  // The view follows the focused or selected event.
  const follow = useCallback(
    (id: string) => {
      const event = byId.get(id);
      const span = event && coverage(event);
      if (!span) return;
      const next = windowIncluding(view, span[0].getTime(), span[1].getTime(), bounds);
      if (next !== view) setView(next);
    },
    [byId, view, bounds, setView],
  );

  const moveFocus = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    pendingFocus.current = true;
    follow(id);
  };

  useEffect(() => {
    if (!selectedId || !byId.has(selectedId)) return;
    setFocusedId(selectedId);
    follow(selectedId);
    // Only when the selection changes: following must not fight the user's panning afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  // Focus the DOM node once it is drawn (a clustered event is drawn in the spotlight).
  useEffect(() => {
    if (!pendingFocus.current || !focusedId) return;
    markNodes.current.get(focusedId)?.focus({ preventScroll: true });
    pendingFocus.current = false;
  });

  // Announce zoom changes, briefly and once the gesture settles.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = setTimeout(() => announce(describeWindow(window)), 600);
    return () => clearTimeout(timer);
  }, [window, announce]);

  // Embedded in another page: a plain wheel scrolls the page, Ctrl/⌘ + wheel (or a click first) zooms.
  const embedWheel = useEmbedWheel();
  const zoomRef = useZoom<SVGSVGElement>({
    ...embedWheel.zoom,
    base,
    bounds,
    window,
    height,
    onWindow: setView,
    onTouchGesture: (active) => setTouch(active ? { level, marks: markReach, clusters: clusterReach } : null),
    onWheelGesture,
  });

  const zoomBy = (factor: number) => {
    const focused = rovingId ? byId.get(rovingId) : undefined;
    const span = focused && coverage(focused);
    const anchor = span && span[0].getTime() >= view.from && span[0].getTime() <= view.to ? span[0].getTime() : (view.from + view.to) / 2;
    setView(zoomWindow(view, factor, anchor, bounds));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const index = rovingId ? events.findIndex((ev) => ev.id === rovingId) : -1;
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
        moveFocus(events[Math.min(events.length - 1, index + 1)]?.id);
        break;
      case 'ArrowLeft':
        moveFocus(events[Math.max(0, index - 1)]?.id);
        break;
      case 'Home':
        moveFocus(events[0]?.id);
        break;
      case 'End':
        moveFocus(events.at(-1)?.id);
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        moveFocus(neighbourInLane(layout.marks, rovingId, e.key === 'ArrowUp' ? -1 : 1, toScreen, width));
        break;
      case '+':
      case '=':
        zoomBy(2);
        break;
      case '-':
      case '_':
        zoomBy(0.5);
        break;
      case 'Enter':
      case ' ':
        if (rovingId) selectEvent(rovingId);
        break;
      case 'Escape':
        if (selectedId) {
          selectEvent(null);
          announce(t('detailsClosed'));
        } else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return (
    <div className="timeline" ref={containerRef}>
      <div className="timeline-toolbar">
        {toolbar}
        <LensControls />
        <ZoomControls
          onZoomIn={() => zoomBy(2)}
          onZoomOut={() => zoomBy(0.5)}
          onFitAll={() => setView(null)}
          canZoomIn={k < maxZoom(bounds) * 0.999}
          canZoomOut={window !== null}
        />
      </div>
      <div className="timeline-plot" onKeyDown={onKeyDown} {...embedWheel.plotProps}>
        <svg
          ref={zoomRef}
          role="graphics-document"
          aria-labelledby={titleId}
          aria-describedby={helpId}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="timeline-svg"
        >
          <title id={titleId}>
            {t('timelineLabel', { count: events.length, from: dataYears[0], to: dataYears[1] })}
          </title>
          <rect className="timeline-hit" x={0} y={0} width={width} height={height} />
          <EraBands eras={eras} rows={eraRows} x={(ms) => visible(new Date(ms))} left={0} right={width} plotHeight={plotHeight + 6} />
          <g transform={`translate(0,${marksTop})`}>
            {layout.bands.map((band, i) => {
              const top = rowTop(band.firstRow) - BAND_HEADER;
              const title = band.section?.title ?? t('sectionOther');
              const count = band.eventCount;
              const numbers = band.section ? joinList(band.section.numbers) : '–';
              return (
                <g key={band.id || 'other'} className={`band band-${i % 2}`} data-band={band.id}>
                  <rect className="band-bg" x={0} y={top} width={width} height={BAND_HEADER + band.rowCount * laneHeight} />
                  <text className="band-title" x={6} y={top + 15} role="heading" aria-level={3} aria-label={t('sectionBandLabel', { title, numbers, count })}>
                    {band.section ? `${title} · ${t('eraTagSection', { section: numbers })}` : title}
                  </text>
                </g>
              );
            })}
            <g className="marks" transform={`translate(${-shift},0)`}>
              {stickyLabels(
                nearMarks.flatMap((mark) => {
                  const x0 = toLocal(mark.x0);
                  // Offsets in screen pixels stay constant as marks spread with zoom, so labels never meet.
                  const labelX = mark.labelAnchor === 'start' ? x0 + SYMBOL + 4 : toLocal(mark.labelX);
                  const geometry = { x0, x1: toLocal(mark.x1), labelX, labelAnchor: mark.labelAnchor, label: mark.label, labelWidth: mark.labelWidth, y: rowTop(mark.lane) };
                  return touchLevel !== null || onScreen(geometry, shift, shift + width) ? [{ id: mark.id, lane: mark.lane, geometry }] : [];
                }),
                shift + SYMBOL + 8,
              ).map(({ id, geometry }) => renderMark(byId.get(id)!, geometry))}
              {nearClusters.map((cluster) => {
                const x0 = toLocal(cluster.x0);
                const x1 = Math.max(toLocal(cluster.x1), x0 + 44);
                if (touchLevel === null && (x1 < shift || x0 > shift + width)) return null;
                const name = clusterNameOf(cluster);
                return (
                  <g
                    key={cluster.ids[0]}
                    className="cluster"
                    role="graphics-symbol"
                    aria-label={name}
                    data-cluster-size={cluster.ids.length}
                    transform={`translate(0,${rowTop(cluster.row)})`}
                    onClick={() => setView(windowAround(cluster.from, cluster.to, bounds))}
                  >
                    <title>{name}</title>
                    <rect x={x0} y={2} width={x1 - x0} height={clusterHeight - 6} rx={(clusterHeight - 6) / 2} className="cluster-badge" />
                    {cluster.ids.length > RUG_LIMIT ? (
                      // Too many for a trace each: their density, column by column, in their categories' colours.
                      <g className="cluster-density" data-density-of={cluster.ids.length} aria-hidden="true">
                        {drawDensities &&
                          [...densityOf(cluster)].map(([group, d]) => (
                          <path key={group} d={d} transform={`translate(${toLocal(0)} 0) scale(${scaleRatio} 1)`} style={{ fill: categoryStyle(group).colour }} />
                        ))}
                      </g>
                    ) : (
                      cluster.ids.map((id, i) =>
                        id === spotlight?.event.id ? null : (
                          // Each counted event keeps a trace (and its data-event-id): nothing is lost in a badge.
                          <rect key={id} data-event-id={id} className="cluster-rug" x={toLocal(cluster.xs[i]!) - 1} y={6} width={2} height={8} style={{ fill: categoryStyle(categoryIndex.get(byId.get(id)?.category ?? '') ?? 0).colour }} />
                        ),
                      )
                    )}
                    <text x={(x0 + x1) / 2} y={clusterHeight / 2 + 8} textAnchor="middle" className="cluster-label">
                      {t('clusterBadge', { count: cluster.ids.length })}
                    </text>
                  </g>
                );
              })}
            </g>
            {spotlight && renderMark(spotlight.event, spotlight.geometry, true)}
          </g>
          <Axis scale={visible} y={marksTop + plotHeight} bounds={bounds} />
          {literature && lens.module && (
            <lens.module.LiteratureLane
              dataset={dataset}
              worldX={worldX}
              toScreen={toScreen}
              width={width}
              y={marksTop + plotHeight + AXIS_HEIGHT}
              onZoom={(from, to) => setView(windowAround(from, to, bounds))}
            />
          )}
        </svg>
        {embedWheel.hint}
      </div>
      {/* Drawn once the width is known (before the first paint), not first at a guessed width. */}
      {measured && <Overview base={base} bounds={bounds} window={view} events={events} categoryIndex={categoryIndex} onWindow={setView} />}
      {literature && lens.module && <lens.module.PublicationHistogram dataset={dataset} base={base} />}
      {literature && lens.failed && (
        <div role="alert" className="panel panel-error part-failed">
          <p>{t('partLoadFailed')}</p>
          <button type="button" onClick={lens.retry}>
            {t('retry')}
          </button>
        </div>
      )}
      <p id={helpId} className="keyboard-help">
        {t(embedWheel.zoom.wheelNeedsModifier ? 'keyboardHelpEmbed' : 'keyboardHelp')}
        {literature && ` ${t('literatureHelp')}`}
      </p>
    </div>
  );
}

/** The layout drawn: marks in rows, badges with the row they sit in, and the bands when rows are grouped. */
interface TimelineLayout {
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly (ClusterLayout & { readonly row: number })[];
  readonly bands: readonly BandLayout[];
  readonly rowCount: number;
}

/** A span of world pixels. */
type Reach = readonly [number, number];

/** The span covering both. */
function widen(reach: Reach, also: Reach | undefined): Reach {
  return also ? [Math.min(reach[0], also[0]), Math.max(reach[1], also[1])] : reach;
}

/** The items at `indices`, in the order of `items`. */
function pick<T>(items: readonly T[], indices: number[]): T[] {
  return indices.sort((a, b) => a - b).map((i) => items[i]!);
}

/** The first mark whose start is on screen, so Tab lands on something visible (null if none is). */
function firstVisible(marks: readonly MarkLayout[], toScreen: (x: number) => number, width: number): string | null {
  let best: MarkLayout | null = null;
  for (const mark of marks) {
    const x = toScreen(mark.x0);
    if (x >= 0 && x <= width && (!best || mark.x0 < best.x0 || (mark.x0 === best.x0 && mark.lane < best.lane))) best = mark;
  }
  return best?.id ?? null;
}

/** The mark in the nearest lane above or below (skipping lanes with nothing near) whose start is nearest on screen. */
function neighbourInLane(marks: readonly MarkLayout[], id: string | null, direction: -1 | 1, toScreen: (x: number) => number, width: number): string | undefined {
  const current = marks.find((m) => m.id === id);
  if (!current) return undefined;
  const x = toScreen(current.x0);
  const near = (mark: MarkLayout) => {
    const mx = toScreen(mark.x0);
    return mx >= -width && mx <= 2 * width;
  };
  // The nearest lane in that direction with a mark near the screen (a loop: a spread of every lane would overflow the stack).
  let lane: number | undefined;
  for (const m of marks) {
    if (!near(m) || (m.lane - current.lane) * direction <= 0) continue;
    if (lane === undefined || (m.lane - lane) * direction < 0) lane = m.lane;
  }
  if (lane === undefined) return undefined;
  let best: MarkLayout | undefined;
  for (const mark of marks) {
    if (mark.lane !== lane) continue;
    const mx = toScreen(mark.x0);
    if (mx < -width || mx > 2 * width) continue;
    if (!best || Math.abs(mx - x) < Math.abs(toScreen(best.x0) - x)) best = mark;
  }
  return best?.id;
}


/** Whether any part of a mark (bar or label) is between `from` and `to` (the screen, in the marks' coordinates). */
function onScreen(g: MarkGeometry, from: number, to: number): boolean {
  const left = Math.min(g.x0, g.labelAnchor === 'start' ? g.x0 : g.labelX - g.labelWidth);
  const right = Math.max(g.x1, g.labelAnchor === 'start' ? g.labelX + g.labelWidth : g.labelX);
  return right >= from && left <= to;
}

/**
 * A label whose mark starts left of the screen slides right to stay readable
 * while its bar is on screen, never into the next label of its lane.
 */
function stickyLabels<T extends { lane: number; geometry: MarkGeometry }>(items: T[], leftEdge: number, gap = 16): T[] {
  const byLane = new Map<number, T[]>();
  for (const item of items) {
    const lane = byLane.get(item.lane);
    if (lane) lane.push(item);
    else byLane.set(item.lane, [item]);
  }
  const result = new Map<T, T>();
  for (const lane of byLane.values()) {
    lane.sort((a, b) => a.geometry.x0 - b.geometry.x0);
    lane.forEach((item, i) => {
      const g = item.geometry;
      // Only while the mark's bar is still on screen, so the label stays by what it names.
      if (g.labelAnchor !== 'start' || g.labelX >= leftEdge || g.x1 < leftEdge) return;
      const next = lane[i + 1]?.geometry;
      const nextLeft = next ? Math.min(next.x0, next.labelAnchor === 'start' ? next.x0 : next.labelX - next.labelWidth) : Infinity;
      const limit = nextLeft - gap - g.labelWidth;
      const labelX = Math.max(g.labelX, Math.min(leftEdge, limit));
      if (labelX !== g.labelX) result.set(item, { ...item, geometry: { ...g, labelX } });
    });
  }
  return items.map((item) => result.get(item) ?? item);
}
