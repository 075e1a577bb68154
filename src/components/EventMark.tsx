import type { TimelineEvent } from '../data/schema';
import { shapePath, type CategoryStyle } from '../timeline/categoryStyle';

/** A mark's geometry on screen, in pixels. */
export interface MarkGeometry {
  readonly x0: number;
  readonly x1: number;
  /** Start of the label ('start') or its end ('end'). */
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
  readonly label: string;
  /** The label's estimated width. */
  readonly labelWidth: number;
  readonly y: number;
}

interface EventMarkProps {
  event: TimelineEvent;
  geometry: MarkGeometry;
  style: CategoryStyle;
  name: string;
  tooltip: string;
  laneHeight: number;
  fontSize: number;
  symbolSize: number;
  selected: boolean;
  focusable: boolean;
  spotlight?: boolean;
  nodeRef: (node: SVGGElement | null) => void;
  onSelect: () => void;
  onFocus: () => void;
}

/** One event: a bar over the period its date covers, its category's shape and colour, and a label. */
export function EventMark({ event, geometry: g, style, name, tooltip, laneHeight, fontSize, symbolSize, selected, focusable, spotlight, nodeRef, onSelect, onFocus }: EventMarkProps) {
  const left = Math.min(g.x0, g.labelAnchor === 'start' ? g.x0 : g.labelX - g.labelWidth);
  const right = Math.max(g.x1, g.labelAnchor === 'start' ? g.labelX + g.labelWidth : g.labelX);
  return (
    <g
      ref={nodeRef}
      data-event-id={event.id}
      className={`mark${event.approximate ? ' approximate' : ''}${selected ? ' selected' : ''}${spotlight ? ' spotlight' : ''}`}
      role="graphics-symbol"
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
      tabIndex={focusable ? 0 : -1}
      transform={`translate(0,${g.y})`}
      onClick={onSelect}
      onFocus={onFocus}
    >
      <title>{tooltip}</title>
      <rect className="mark-hit" x={left - 6} y={-2} width={right - left + 12} height={laneHeight - 2} rx={4} />
      <rect className="mark-bar" x={g.x0} y={4} width={Math.max(2, g.x1 - g.x0)} height={8} rx={3} style={{ fill: style.colour, stroke: style.colour }} />
      <path className="mark-symbol" d={shapePath(style.shape, symbolSize)} transform={`translate(${g.x0},8)`} style={{ fill: style.colour }} />
      <text x={g.labelX} y={laneHeight - 13} textAnchor={g.labelAnchor} fontSize={fontSize} className="mark-label">
        {g.label}
      </text>
    </g>
  );
}
