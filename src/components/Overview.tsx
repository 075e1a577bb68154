import { useMemo, useRef } from 'react';
import type { TimeScale } from '../timeline/timeScale';
import type { TimelineEvent } from '../data/schema';
import { coverageMs } from '../timeline/scale';
import { binPositions, rectPaths, stackBins } from '../timeline/density';
import { CATEGORY_COLOURS } from '../timeline/categoryStyle';
import { clampWindow, spanOf, type Bounds, type TimeWindow } from '../timeline/viewport';
import { t } from '../i18n/messages';
import { formatTickDate } from '../timeline/ticks';
import { useStore } from '../state/store';
import { selectLang } from '../state/selectors';
import { useAfterFirstPaint } from './useAfterFirstPaint';

interface OverviewProps {
  /** The base scale: the whole span over the full width. */
  base: TimeScale;
  bounds: Bounds;
  window: TimeWindow;
  events: readonly TimelineEvent[];
  categoryIndex: ReadonlyMap<string, number>;
  onWindow: (window: TimeWindow) => void;
}

const HEIGHT = 44;

/**
 * The whole span at a glance, with the current window highlighted. Drag the
 * window to move it, or press anywhere to centre it there. Pointer only: the
 * zoom buttons and arrow keys do the same from the keyboard.
 */
export function Overview({ base, bounds, window, events, categoryIndex, onWindow }: OverviewProps) {
  const [r0, r1] = base.range() as [number, number];
  const drag = useRef<{ pointer: number; from: number } | null>(null);
  const ticks = useMemo(() => base.ticks(Math.max(2, Math.floor((r1 - r0) / 80))), [base, r0, r1]);
  const lang = useStore(selectLang);
  // Each tick at the precision it marks, in the interface language ("1990", "Jun"; "1990年", "6月").
  const label = (date: Date) => formatTickDate(date, lang);
  // Every event where it starts, counted per 2-pixel column and category: one path per category, however many events.
  // Drawn just after the first frame, which it would hold back by some 25 ms at 10,000 events; the
  // band's frame, ticks and window are in the first frame.
  const drawBand = useAfterFirstPaint();
  const paths = useMemo(() => {
    if (!drawBand) return [];
    const xs: number[] = [];
    const groups: number[] = [];
    for (const event of events) {
      const span = coverageMs(event);
      if (!span) continue;
      xs.push(base(span[0]) - 1);
      groups.push((categoryIndex.get(event.category) ?? 0) % CATEGORY_COLOURS);
    }
    return [...rectPaths(stackBins(binPositions(xs, groups, CATEGORY_COLOURS, 2), HEIGHT - 22, HEIGHT - 28, 6), 2)];
  }, [drawBand, events, base, categoryIndex]);

  const x0 = base(new Date(window.from));
  const x1 = base(new Date(window.to));
  const timeAt = (clientX: number, svg: SVGSVGElement) => base.invert(clientX - svg.getBoundingClientRect().left).getTime();

  const onPointerDown = (e: React.PointerEvent<SVGSVGElement>) => {
    const svg = e.currentTarget;
    const time = timeAt(e.clientX, svg);
    let from = window.from;
    if (time < window.from || time > window.to) {
      from = time - spanOf(window) / 2;
      const centred = clampWindow({ from, to: from + spanOf(window) }, bounds);
      from = centred.from;
      onWindow(centred);
    }
    drag.current = { pointer: time, from };
    svg.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    const delta = timeAt(e.clientX, e.currentTarget) - drag.current.pointer;
    const from = drag.current.from + delta;
    onWindow(clampWindow({ from, to: from + spanOf(window) }, bounds));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <svg
      className="overview"
      width={r1 + r0}
      height={HEIGHT}
      aria-label={t('overviewLabel')}
      role="img"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <rect x={r0} y={0} width={r1 - r0} height={HEIGHT - 16} className="overview-track" />
      {paths.map(([group, d]) => (
        <path key={group} className="overview-density" d={d} style={{ fill: `var(--cat-${group})` }} />
      ))}
      {ticks.map((tick) => (
        <text key={tick.getTime()} x={base(tick)} y={HEIGHT - 3} textAnchor="middle" className="overview-label">
          {label(tick)}
        </text>
      ))}
      <rect x={x0} y={1} width={Math.max(4, x1 - x0)} height={HEIGHT - 18} className="overview-window" />
    </svg>
  );
}
