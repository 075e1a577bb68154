import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../data/schema';
import { formatDateRange } from '../data/formatDate';
import { shapePath } from '../timeline/categoryStyle';
import { useStore } from '../state/store';
import { t } from '../i18n/messages';
import { KIND_STYLE } from './kindStyle';
import { layoutWorks, type WorkDot } from './laneLayout';
import { footnotesCiting, workShortName, worksBehind, worksOf, type DatedWork, type WorkRow } from './works';
import { BADGE, DOT, KIND_ROW, LANE_HEADER, laneRows, SUB_ROW, SUB_ROWS } from './laneSize';
import '../i18n/messagesLater';

interface LiteratureLaneProps {
  dataset: Dataset;
  /** Time (ms) to world x at the current zoom level; changes only with the level and width. */
  worldX: (ms: number) => number;
  /** World x to screen x (pan and in-between zoom). */
  toScreen: (worldX: number) => number;
  width: number;
  y: number;
  /** Zooms the view to a time range (a badge was activated). */
  onZoom: (from: number, to: number) => void;
}

function workName(work: DatedWork, dataset: Dataset, behind: boolean): string {
  const footnotes = footnotesCiting(dataset).get(work.reference.id) ?? [];
  const cited =
    footnotes.length === 0 ? t('workNotCited') : t(footnotes.length === 1 ? 'workCitedIn' : 'workCitedInPlural', { list: footnotes.join(', ') });
  const name = t('workName', { kind: t(KIND_STYLE[work.row].label), citation: workShortName(work.reference), date: formatDateRange(work.date.iso), cited });
  return behind ? `${name} ${t('workBehindSelected')}` : name;
}

/**
 * Every dated work in the bibliography as a small mark at its publication
 * date, one row per kind, panning and zooming with the timeline. Works too
 * dense to draw apart are counted in badges; the works behind the selected
 * event are drawn on top, ringed. One tab stop; arrows move between works.
 */
export function LiteratureLane({ dataset, worldX, toScreen, width, y, onZoom }: LiteratureLaneProps) {
  const selectedWork = useStore((s) => s.selectedWork);
  const selectedId = useStore((s) => s.selectedId);
  const selectWork = useStore((s) => s.selectWork);
  const works = worksOf(dataset);
  const rows = useMemo(() => laneRows(dataset), [dataset]);
  const layout = useMemo(() => layoutWorks(works.dated, worldX, { dot: DOT, subRows: SUB_ROWS, clusterGap: 22 }), [works, worldX]);
  const byId = useMemo(() => new Map(works.dated.map((w) => [w.reference.id, w])), [works]);
  const selectedEvent = selectedId ? dataset.events.find((e) => e.id === selectedId) : undefined;
  const behind = useMemo(() => (selectedEvent ? worksBehind(dataset, selectedEvent) : new Set<string>()), [dataset, selectedEvent]);

  const [focusedId, setFocusedId] = useState<string | null>(null);
  const nodes = useRef(new Map<string, SVGGElement>());
  const rowY = (row: WorkRow) => LANE_HEADER + rows.indexOf(row) * KIND_ROW;

  // Works in each row in position order, for the arrow keys.
  const inRow = useMemo(() => {
    const map = new Map<WorkRow, string[]>();
    for (const row of rows) map.set(row, []);
    const sorted = [...layout.xs.entries()].sort((a, b) => a[1] - b[1]);
    for (const [id] of sorted) map.get(byId.get(id)!.row)?.push(id);
    return map;
  }, [layout, rows, byId]);

  const dotIds = useMemo(() => new Set(layout.dots.map((d) => d.id)), [layout]);
  const onScreen = (x: number) => x >= -DOT && x <= width + DOT;
  const firstOnScreen = () => works.dated.find((w) => onScreen(toScreen(layout.xs.get(w.reference.id) ?? -Infinity)))?.reference.id ?? works.dated[0]?.reference.id ?? null;
  const rovingId = focusedId && byId.has(focusedId) ? focusedId : selectedWork && byId.has(selectedWork) ? selectedWork : firstOnScreen();

  // Counted works that must still be seen: the focused, the selected and those behind the selected event.
  const lifted = new Set([rovingId, selectedWork, ...behind].filter((id): id is string => !!id && byId.has(id) && !dotIds.has(id)));
  const liftedDots: WorkDot[] = [...lifted].map((id) => ({ id, row: byId.get(id)!.row, sub: SUB_ROWS, x: layout.xs.get(id)! }));

  const focusWork = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    const x = toScreen(layout.xs.get(id) ?? 0);
    const work = byId.get(id);
    if (work && !onScreen(x)) onZoom(work.from - (work.to - work.from) * 4, work.to + (work.to - work.from) * 4);
    requestAnimationFrame(() => nodes.current.get(id)?.focus({ preventScroll: true }));
  };

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !rovingId) return;
    const work = byId.get(rovingId);
    if (!work) return;
    const row = inRow.get(work.row) ?? [];
    const index = row.indexOf(rovingId);
    const x = layout.xs.get(rovingId) ?? 0;
    const nearestIn = (other: WorkRow | undefined) => {
      const ids = other ? inRow.get(other) ?? [] : [];
      let best: string | undefined;
      for (const id of ids) if (!best || Math.abs(layout.xs.get(id)! - x) < Math.abs(layout.xs.get(best)! - x)) best = id;
      return best;
    };
    const rowIndex = rows.indexOf(work.row);
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
        focusWork(row[Math.min(row.length - 1, index + 1)]);
        break;
      case 'ArrowLeft':
        focusWork(row[Math.max(0, index - 1)]);
        break;
      case 'Home':
        focusWork(row[0]);
        break;
      case 'End':
        focusWork(row.at(-1));
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const step = e.key === 'ArrowUp' ? -1 : 1;
        let target: string | undefined;
        for (let r = rowIndex + step; r >= 0 && r < rows.length && !target; r += step) target = nearestIn(rows[r]);
        focusWork(target);
        break;
      }
      case 'Enter':
      case ' ':
        selectWork(rovingId);
        break;
      case 'Escape':
        if (selectedWork) selectWork(null);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const renderDot = (dot: WorkDot, isLifted: boolean) => {
    const work = byId.get(dot.id)!;
    const style = KIND_STYLE[work.row];
    const x = toScreen(dot.x);
    if (!isLifted && !onScreen(x) && dot.id !== rovingId) return null;
    const cy = rowY(work.row) + (isLifted ? SUB_ROWS * SUB_ROW + BADGE / 2 : dot.sub * SUB_ROW + SUB_ROW / 2 + 1);
    const isBehind = behind.has(dot.id);
    const name = workName(work, dataset, isBehind);
    return (
      <g
        key={dot.id}
        ref={(node) => {
          if (node) nodes.current.set(dot.id, node);
          else nodes.current.delete(dot.id);
        }}
        className={`work${isBehind ? ' behind' : ''}${dot.id === selectedWork ? ' selected' : ''}${isLifted ? ' lifted' : ''}`}
        data-work-id={dot.id}
        role="graphics-symbol"
        aria-label={name}
        aria-current={dot.id === selectedWork ? 'true' : undefined}
        tabIndex={dot.id === rovingId ? 0 : -1}
        transform={`translate(${x},${cy})`}
        onClick={(e) => {
          e.stopPropagation();
          setFocusedId(dot.id);
          selectWork(dot.id);
        }}
        onFocus={() => setFocusedId(dot.id)}
      >
        <title>{name}</title>
        <circle className="work-hit" r={isBehind || dot.id === selectedWork ? 7 : 5} />
        <path className="work-symbol" d={shapePath(style.shape, DOT)} style={{ fill: style.colour }} />
      </g>
    );
  };

  const dated = works.dated.length;
  const total = dataset.references.length;
  const summary = works.undated.length === 0 ? t('literatureSummaryAll', { total }) : t('literatureSummary', { dated, total, undated: works.undated.length });

  return (
    <g className="literature" transform={`translate(0,${y})`} role="group" aria-label={`${t('literatureTitle')}. ${summary}`} onKeyDown={onKeyDown}>
      <line className="literature-rule" x1={0} x2={width} y1={2} y2={2} />
      <text className="literature-title" x={4} y={15}>
        {`${t('literatureTitle')} · ${summary}`}
      </text>
      {rows.map((row, i) => (
        <g key={row} className={`literature-row literature-row-${i % 2}`}>
          <rect className="literature-row-band" x={0} y={rowY(row)} width={width} height={KIND_ROW} />
        </g>
      ))}
      {layout.clusters.map((cluster) => {
        const x0 = toScreen(cluster.x0) - 4;
        const x1 = Math.max(toScreen(cluster.x1) + 4, x0 + 26);
        if (x1 < 0 || x0 > width) return null;
        const kind = t(KIND_STYLE[cluster.row].label);
        const name = t('workCluster', { count: cluster.ids.length, kind, from: formatDateRange(isoDay(cluster.from)), to: formatDateRange(isoDay(cluster.to - 1)) });
        return (
          <g
            key={`${cluster.row}-${cluster.ids[0]}`}
            className="work-cluster"
            role="graphics-symbol"
            aria-label={name}
            data-cluster-size={cluster.ids.length}
            onClick={(e) => {
              e.stopPropagation();
              onZoom(cluster.from, cluster.to);
            }}
          >
            <title>{name}</title>
            <rect x={x0} y={rowY(cluster.row) + SUB_ROWS * SUB_ROW + 1} width={x1 - x0} height={BADGE} rx={BADGE / 2} className="work-cluster-badge" />
            <text x={(x0 + x1) / 2} y={rowY(cluster.row) + SUB_ROWS * SUB_ROW + BADGE - 2} textAnchor="middle" className="work-cluster-label">
              {t('workBadge', { count: cluster.ids.length })}
            </text>
          </g>
        );
      })}
      {layout.dots.filter((d) => !behind.has(d.id) && d.id !== selectedWork).map((dot) => renderDot(dot, false))}
      {/* Highlighted works last, so they are drawn on top. */}
      {layout.dots.filter((d) => behind.has(d.id) || d.id === selectedWork).map((dot) => renderDot(dot, false))}
      {liftedDots.map((dot) => renderDot(dot, true))}
      {rows.map((row) => (
        <text key={row} className="literature-row-label" x={4} y={rowY(row) + 11}>
          {t(KIND_STYLE[row].label)}
        </text>
      ))}
    </g>
  );
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
