import { useMemo } from 'react';
import type { TimeScale } from '../timeline/timeScale';
import { computeTicks, CONTEXT_LABEL_ANCHOR, TICK_LABEL_ANCHOR } from '../timeline/ticks';
import type { Bounds } from '../timeline/viewport';
import { useStore } from '../state/store';
import { selectLang } from '../state/selectors';

export const AXIS_HEIGHT = 50;
const FONT = 14;

interface AxisProps {
  /** The visible scale. */
  scale: TimeScale;
  y: number;
  /** The data's sensible range: no tick outside it. */
  bounds: Bounds;
}

/** A bottom time axis: ticks.ts picks decades, years, months or days and labels them; React draws them. */
export function Axis({ scale, y, bounds }: AxisProps) {
  const lang = useStore(selectLang);
  const { ticks, context } = useMemo(
    () => computeTicks(scale, { fontSize: FONT, minGap: 40, bounds: [new Date(bounds.from), new Date(bounds.to)], lang }),
    [scale, bounds, lang],
  );
  const [x0, x1] = scale.range() as [number, number];
  return (
    <g className="axis" transform={`translate(0,${y})`} aria-hidden="true">
      <line x1={x0} x2={x1} className="axis-line" />
      {ticks.map((tick) => (
        <g key={tick.value.getTime()} transform={`translate(${tick.x},0)`} className={tick.major ? 'tick major' : 'tick'}>
          <line y2={tick.major ? 9 : 6} className="axis-tick" />
          <text y={22} textAnchor={TICK_LABEL_ANCHOR} fontSize={FONT} className="axis-label">
            {tick.label}
          </text>
        </g>
      ))}
      {context.map((tick) => (
        <text key={`c${tick.value.getTime()}`} x={tick.x} y={42} textAnchor={CONTEXT_LABEL_ANCHOR} fontSize={FONT} className="axis-context">
          {tick.label}
        </text>
      ))}
    </g>
  );
}
