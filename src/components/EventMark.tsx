import { memo, useCallback } from 'react';
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
  /** Supported by the selected work (its footnotes cite it). */
  related?: boolean;
  focusable: boolean;
  spotlight?: boolean;
  /** The label's `lang` where its title is in another language than the page (an English title on the Chinese page). */
  labelLang?: string;
  /** The handlers get the event's id, so one function serves every mark and unchanged marks skip re-rendering. */
  nodeRef: (id: string, node: SVGGElement | null) => void;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
}

/** Whether two geometries draw the same (a mark whose geometry did not move is not re-rendered). */
function sameGeometry(a: MarkGeometry, b: MarkGeometry): boolean {
  return a === b || (a.x0 === b.x0 && a.x1 === b.x1 && a.labelX === b.labelX && a.labelAnchor === b.labelAnchor && a.label === b.label && a.labelWidth === b.labelWidth && a.y === b.y);
}

/** One event: a bar over the period its date covers, its category's shape and colour, and a label. */
export const EventMark = memo(EventMarkView, (before, after) => {
  for (const key of Object.keys(after) as (keyof EventMarkProps)[]) {
    if (key === 'geometry' ? !sameGeometry(before.geometry, after.geometry) : before[key] !== after[key]) return false;
  }
  return Object.keys(before).length === Object.keys(after).length;
});

function EventMarkView({ event, geometry: g, style, name, tooltip, laneHeight, fontSize, symbolSize, selected, related, focusable, spotlight, labelLang, nodeRef, onSelect, onFocus }: EventMarkProps) {
  const id = event.id;
  const ref = useCallback((node: SVGGElement | null) => nodeRef(id, node), [nodeRef, id]);
  const select = useCallback(() => onSelect(id), [onSelect, id]);
  const focus = useCallback(() => onFocus(id), [onFocus, id]);
  const left = Math.min(g.x0, g.labelAnchor === 'start' ? g.x0 : g.labelX - g.labelWidth);
  const right = Math.max(g.x1, g.labelAnchor === 'start' ? g.labelX + g.labelWidth : g.labelX);
  return (
    <g
      ref={ref}
      data-event-id={event.id}
      className={`mark${event.approximate ? ' approximate' : ''}${selected ? ' selected' : ''}${related ? ' related' : ''}${spotlight ? ' spotlight' : ''}`}
      role="graphics-symbol"
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
      tabIndex={focusable ? 0 : -1}
      transform={`translate(0,${g.y})`}
      onClick={select}
      onFocus={focus}
    >
      <title>{tooltip}</title>
      <rect className="mark-hit" x={left - 6} y={-2} width={right - left + 12} height={laneHeight - 2} rx={4} />
      <rect className="mark-bar" x={g.x0} y={4} width={Math.max(2, g.x1 - g.x0)} height={8} rx={3} style={{ fill: style.colour, stroke: style.colour }} />
      <path className="mark-symbol" d={shapePath(style.shape, symbolSize)} transform={`translate(${g.x0},8)`} style={{ fill: style.colour }} />
      <text x={g.labelX} y={laneHeight - 13} textAnchor={g.labelAnchor} fontSize={fontSize} className="mark-label" lang={labelLang}>
        {g.label}
      </text>
    </g>
  );
}
