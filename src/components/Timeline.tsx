import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { scaleUtc } from 'd3-scale';
import type { Dataset, TimelineEvent } from '../data/schema';
import { formatDateRange, formatDateShort } from '../data/formatDate';
import { coverage, createTimeScale, dataExtent } from '../timeline/scale';
import { layoutEvents, type MarkLayout } from '../timeline/layout';
import { categoryStyle, shapePath } from '../timeline/categoryStyle';
import { estimateTextWidth, truncateToWidth } from '../timeline/textWidth';
import {
  maxZoom,
  spanOf,
  windowAround,
  windowIncluding,
  zoomLevel,
  zoomWindow,
  type Bounds,
  type TimeWindow,
} from '../timeline/viewport';
import { timelineBounds } from '../timeline/bounds';
import { useStore } from '../state/store';
import { selectSelectedId, selectWindow } from '../state/selectors';
import { t } from '../i18n/messages';
import { Axis, AXIS_HEIGHT } from './Axis';
import { EventMark, type MarkGeometry } from './EventMark';
import { EraBands, ERA_ROW, useEraRows } from './EraBands';
import { Overview } from './Overview';
import { ZoomControls } from './ZoomControls';
import { useElementWidth } from './useElementWidth';
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
const FONT = 15;
const SYMBOL = 12;

export const eventDateText = (event: TimelineEvent) => formatDateRange(event.start, event.end, event.approximate);

/** The accessible name of a mark: date, title, category, sources. */
export function eventAccessibleName(event: TimelineEvent, categoryLabel: string): string {
  const sources =
    event.footnotes.length === 0
      ? t('noFootnote', { section: event.section ?? '?' })
      : t(event.footnotes.length === 1 ? 'footnoteList' : 'footnoteListPlural', { list: event.footnotes.join(', ') });
  return `${eventDateText(event)}. ${event.title}. ${categoryLabel}. ${sources}`;
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

  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const viewportHeight = useViewportHeight();
  const coarse = useCoarsePointer();
  // Rows of at least 44 px on touch screens; a mouse gets tighter rows and more of them.
  const laneHeight = coarse ? 46 : 40;
  const titleId = useId();
  const helpId = useId();

  const bounds: Bounds = useMemo(() => timelineBounds(dataset), [dataset]);
  const dataYears = useMemo(() => {
    const extent = dataExtent(dataset.events);
    return extent ? ([extent[0].getUTCFullYear(), extent[1].getUTCFullYear() - 1] as const) : (['', ''] as const);
  }, [dataset]);
  const base = useMemo(() => createTimeScale([new Date(bounds.from), new Date(bounds.to)], width, PAD), [bounds, width]);
  const view = window ?? bounds;
  const visible = useMemo(() => scaleUtc().domain([view.from, view.to]).range([PAD, width - PAD]), [view.from, view.to, width]);
  const k = spanOf(bounds) / spanOf(view);
  // During a touch gesture the layout level is frozen and nothing is unmounted: touch events keep
  // going to the element the finger first landed on, and stop if that element leaves the DOM.
  const [touchLevel, setTouchLevel] = useState<number | null>(null);
  const level = touchLevel ?? zoomLevel(k);

  const eras = dataset.eras ?? [];
  const eraRows = useEraRows(eras);
  const erasHeight = eraRows.rowCount * ERA_ROW;
  const maxLanes = Math.max(3, Math.min(14, Math.floor((viewportHeight * 0.58 - erasHeight - AXIS_HEIGHT - CLUSTER_ROW) / laneHeight)));
  const plotHeight = maxLanes * laneHeight + CLUSTER_ROW;
  const marksTop = erasHeight + 6;
  const height = marksTop + plotHeight + AXIS_HEIGHT;

  // Lanes once per dataset, width and zoom level (not per pan or per wheel frame).
  const layout = useMemo(() => {
    const world = createTimeScale([new Date(bounds.from), new Date(bounds.to)], PAD + (width - 2 * PAD) * level + PAD, PAD);
    // Labels may grow as the zoom gives them room; the full title is always in the name, tooltip and details.
    const maxLabelWidth = Math.min(420, Math.max(180, width * 0.2) * Math.sqrt(level));
    return layoutEvents(events, world, markLabel, { fontSize: FONT, symbolSpace: SYMBOL + 4, maxLanes, clusterGap: 64, gap: 16, minBarWidth: 6, maxLabelWidth }, width - 2 * PAD);
  }, [events, bounds, width, level, maxLanes]);

  const scaleRatio = k / level;
  const offset = ((view.from - bounds.from) / spanOf(view)) * (width - 2 * PAD);
  const toScreen = (worldX: number) => PAD + (worldX - PAD) * scaleRatio - offset;

  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const categoryIndex = useMemo(() => new Map(dataset.categories.map((c, i) => [c.id, i])), [dataset.categories]);
  const categoryLabel = useCallback(
    (id: string) => dataset.categories.find((c) => c.id === id)?.label ?? id,
    [dataset.categories],
  );
  const clusteredIds = useMemo(() => new Set(layout.clusters.flatMap((c) => c.ids)), [layout]);

  // Roving focus: one tab stop; the focused mark carries tabIndex 0.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pendingFocus = useRef(false);
  const markNodes = useRef(new Map<string, SVGGElement>());
  const rovingId = focusedId && byId.has(focusedId) ? focusedId : firstVisible(layout.marks, toScreen, width);

  // An event counted in a badge is still drawn while it is focused or selected: in the badge row, on top.
  const spotlight = useMemo(() => {
    const id = [focusedId, selectedId].find((candidate) => candidate && clusteredIds.has(candidate));
    const event = id ? byId.get(id) : undefined;
    const span = event && coverage(event);
    if (!event || !span) return null;
    const x0 = visible(span[0]);
    const x1 = Math.max(visible(span[1]), x0 + 6);
    const label = truncateToWidth(markLabel(event), Math.max(60, width - 2 * PAD - SYMBOL - 8), FONT);
    const labelWidth = estimateTextWidth(label, FONT);
    const fitsRight = Math.max(x0, 0) + SYMBOL + 4 + labelWidth <= width;
    const labelX = fitsRight ? Math.max(x0, 0) + SYMBOL + 4 : Math.min(width - 4, Math.max(x1, labelWidth + 4));
    return { event, geometry: { x0, x1, labelX, labelAnchor: fitsRight ? ('start' as const) : ('end' as const), label, labelWidth, y: maxLanes * laneHeight } };
  }, [focusedId, selectedId, clusteredIds, byId, visible, width, maxLanes, laneHeight]);

  const renderMark = (event: TimelineEvent, geometry: MarkGeometry, isSpotlight = false) => (
    <EventMark
      key={event.id}
      event={event}
      geometry={geometry}
      style={categoryStyle(categoryIndex.get(event.category) ?? 0)}
      name={eventAccessibleName(event, categoryLabel(event.category))}
      tooltip={`${eventDateText(event)} · ${event.title}`}
      laneHeight={laneHeight}
      fontSize={FONT}
      symbolSize={SYMBOL}
      selected={event.id === selectedId}
      focusable={event.id === rovingId}
      spotlight={isSpotlight}
      nodeRef={(node) => {
        if (node) markNodes.current.set(event.id, node);
        else markNodes.current.delete(event.id);
      }}
      onSelect={() => {
        setFocusedId(event.id);
        selectEvent(event.id);
      }}
      onFocus={() => setFocusedId(event.id)}
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
    onTouchGesture: (active) => setTouchLevel(active ? level : null),
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
            {stickyLabels(
              layout.marks.flatMap((mark) => {
                const x0 = toScreen(mark.x0);
                // Offsets in screen pixels stay constant as marks spread with zoom, so labels never meet.
                const labelX = mark.labelAnchor === 'start' ? x0 + SYMBOL + 4 : toScreen(mark.labelX);
                const geometry = { x0, x1: toScreen(mark.x1), labelX, labelAnchor: mark.labelAnchor, label: mark.label, labelWidth: estimateTextWidth(mark.label, FONT), y: mark.lane * laneHeight };
                return touchLevel !== null || onScreen(geometry, width) ? [{ id: mark.id, lane: mark.lane, geometry }] : [];
              }),
              SYMBOL + 8,
            ).map(({ id, geometry }) => renderMark(byId.get(id)!, geometry))}
            {layout.clusters.map((cluster) => {
              const x0 = toScreen(cluster.x0);
              const x1 = Math.max(toScreen(cluster.x1), x0 + 44);
              if (touchLevel === null && (x1 < 0 || x0 > width)) return null;
              const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
              const name = t('clusterLabel', { count: cluster.ids.length, from: formatDateRange(iso(cluster.from)), to: formatDateRange(iso(cluster.to - 1)) });
              return (
                <g
                  key={cluster.ids[0]}
                  className="cluster"
                  role="graphics-symbol"
                  aria-label={name}
                  data-cluster-size={cluster.ids.length}
                  transform={`translate(0,${maxLanes * laneHeight})`}
                  onClick={() => setView(windowAround(cluster.from, cluster.to, bounds))}
                >
                  <title>{name}</title>
                  <rect x={x0} y={2} width={x1 - x0} height={CLUSTER_ROW - 6} rx={(CLUSTER_ROW - 6) / 2} className="cluster-badge" />
                  {cluster.ids.map((id, i) =>
                    id === spotlight?.event.id ? null : (
                    // Each counted event keeps a trace (and its data-event-id): nothing is lost in a badge.
                    <rect key={id} data-event-id={id} className="cluster-rug" x={toScreen(cluster.xs[i]!) - 1} y={6} width={2} height={8} style={{ fill: categoryStyle(categoryIndex.get(byId.get(id)?.category ?? '') ?? 0).colour }} />
                    ),
                  )}
                  <text x={(x0 + x1) / 2} y={CLUSTER_ROW / 2 + 8} textAnchor="middle" className="cluster-label">
                    {t('clusterBadge', { count: cluster.ids.length })}
                  </text>
                </g>
              );
            })}
            {spotlight && renderMark(spotlight.event, spotlight.geometry, true)}
          </g>
          <Axis scale={visible} y={marksTop + plotHeight} bounds={bounds} />
        </svg>
        {embedWheel.hint}
      </div>
      <Overview base={base} bounds={bounds} window={view} events={events} categoryIndex={categoryIndex} onWindow={setView} />
      <p id={helpId} className="keyboard-help">
        {t(embedWheel.zoom.wheelNeedsModifier ? 'keyboardHelpEmbed' : 'keyboardHelp')}
      </p>
    </div>
  );
}

/** The first mark whose start is on screen, so Tab lands on something visible. */
function firstVisible(marks: readonly MarkLayout[], toScreen: (x: number) => number, width: number): string | null {
  let best: MarkLayout | null = null;
  for (const mark of marks) {
    const x = toScreen(mark.x0);
    if (x >= 0 && x <= width && (!best || mark.x0 < best.x0 || (mark.x0 === best.x0 && mark.lane < best.lane))) best = mark;
  }
  return (best ?? marks[0])?.id ?? null;
}

/** The mark in the lane above or below whose start is nearest on screen. */
function neighbourInLane(marks: readonly MarkLayout[], id: string | null, direction: -1 | 1, toScreen: (x: number) => number, width: number): string | undefined {
  const current = marks.find((m) => m.id === id);
  if (!current) return undefined;
  const x = toScreen(current.x0);
  let best: MarkLayout | undefined;
  for (const mark of marks) {
    if (mark.lane !== current.lane + direction) continue;
    const mx = toScreen(mark.x0);
    if (mx < -width || mx > 2 * width) continue;
    if (!best || Math.abs(mx - x) < Math.abs(toScreen(best.x0) - x)) best = mark;
  }
  return best?.id;
}


/** Whether any part of a mark (bar or label) is on screen. */
function onScreen(g: MarkGeometry, width: number): boolean {
  const left = Math.min(g.x0, g.labelAnchor === 'start' ? g.x0 : g.labelX - g.labelWidth);
  const right = Math.max(g.x1, g.labelAnchor === 'start' ? g.labelX + g.labelWidth : g.labelX);
  return right >= 0 && left <= width;
}

/**
 * A label whose mark starts left of the screen slides right to stay readable
 * while its bar is on screen, never into the next label of its lane.
 */
function stickyLabels<T extends { lane: number; geometry: MarkGeometry }>(items: T[], leftEdge: number, gap = 16): T[] {
  const byLane = new Map<number, T[]>();
  for (const item of items) byLane.set(item.lane, [...(byLane.get(item.lane) ?? []), item]);
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
