import { useMemo, useRef } from 'react';
import type { ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../data/schema';
import { coverage } from '../timeline/scale';
import { clampWindow, spanOf, type Bounds, type TimeWindow } from '../timeline/viewport';
import { t } from '../i18n/messages';

interface OverviewProps {
  /** The base scale: the whole span over the full width. */
  base: ScaleTime<number, number>;
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
  const label = useMemo(() => base.tickFormat(Math.max(2, Math.floor((r1 - r0) / 80))), [base, r0, r1]);
  const strokes = useMemo(
    () =>
      events.flatMap((event) => {
        const span = coverage(event);
        return span ? [{ id: event.id, x: base(span[0]), category: categoryIndex.get(event.category) ?? 0 }] : [];
      }),
    [events, base, categoryIndex],
  );

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
      {strokes.map((s) => (
        <line key={s.id} x1={s.x} x2={s.x} y1={6} y2={HEIGHT - 22} stroke={`var(--cat-${s.category % 6})`} strokeWidth={2} />
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
