import type { ScaleTime } from 'd3-scale';

interface AxisProps {
  scale: ScaleTime<number, number>;
  y: number;
  tickCount: number;
}

/** A bottom time axis: d3 picks the ticks, React draws them. */
export function Axis({ scale, y, tickCount }: AxisProps) {
  const [x0, x1] = scale.range() as [number, number];
  const ticks = scale.ticks(tickCount);
  const label = scale.tickFormat(tickCount);
  return (
    <g className="axis" transform={`translate(0,${y})`} aria-hidden="true">
      <line x1={x0} x2={x1} className="axis-line" />
      {ticks.map((tick) => (
        <g key={tick.getTime()} transform={`translate(${scale(tick)},0)`}>
          <line y2={6} className="axis-tick" />
          <text y={22} textAnchor="middle" className="axis-label">
            {label(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}
