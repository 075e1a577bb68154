import { useId, useMemo } from 'react';
import type { Dataset, TimelineEvent } from '../data/schema';
import { formatDateRange } from '../data/formatDate';
import { createTimeScale, dataExtent } from '../timeline/scale';
import { defaultLayoutOptions, layoutEvents } from '../timeline/layout';
import { t } from '../i18n/messages';
import { Axis } from './Axis';
import { useElementWidth } from './useElementWidth';

interface TimelineProps {
  dataset: Dataset;
  events: readonly TimelineEvent[];
}

const LANE_HEIGHT = 36;
const TOP = 12;
const AXIS_HEIGHT = 36;

export const eventDateText = (event: TimelineEvent) => formatDateRange(event.start, event.end, event.approximate);

/** The accessible name of a mark: date, title, category, sources. */
export function eventAccessibleName(event: TimelineEvent, categoryLabel: string): string {
  const sources =
    event.footnotes.length === 0
      ? t('noFootnote', { section: event.section ?? '?' })
      : t(event.footnotes.length === 1 ? 'footnoteList' : 'footnoteListPlural', { list: event.footnotes.join(', ') });
  return `${eventDateText(event)}. ${event.title}. ${categoryLabel}. ${sources}`;
}

export function Timeline({ dataset, events }: TimelineProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const titleId = useId();
  const extent = useMemo(() => dataExtent(events), [events]);
  const scale = useMemo(() => (extent ? createTimeScale(extent, width) : null), [extent, width]);
  const layout = useMemo(
    () => (scale ? layoutEvents(events, scale, (event) => `${eventDateText(event)} · ${event.title}`) : null),
    [events, scale],
  );
  const categoryIndex = useMemo(() => new Map(dataset.categories.map((c, i) => [c.id, i])), [dataset.categories]);
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);

  if (!scale || !layout || !extent) return null;
  const height = TOP + layout.laneCount * LANE_HEIGHT + AXIS_HEIGHT;
  const fontSize = defaultLayoutOptions.fontSize;

  return (
    <div ref={containerRef} className="timeline">
      <svg
        role="graphics-document"
        aria-labelledby={titleId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <title id={titleId}>
          {t('timelineLabel', {
            count: events.length,
            from: extent[0].getUTCFullYear(),
            to: extent[1].getUTCFullYear() - 1,
          })}
        </title>
        {layout.marks.map((mark) => {
          const event = byId.get(mark.id)!;
          const category = dataset.categories.find((c) => c.id === event.category);
          const y = TOP + mark.lane * LANE_HEIGHT;
          return (
            <g
              key={mark.id}
              data-event-id={mark.id}
              className={`mark category-${categoryIndex.get(event.category) ?? 0}${event.approximate ? ' approximate' : ''}`}
              role="graphics-symbol"
              aria-label={eventAccessibleName(event, category?.label ?? event.category)}
              transform={`translate(0,${y})`}
            >
              <rect x={mark.x0} y={4} width={mark.x1 - mark.x0} height={10} rx={3} className="mark-bar" />
              <text x={mark.labelX} textAnchor={mark.labelAnchor} y={4 + 10 + fontSize} className="mark-label" fontSize={fontSize}>
                {mark.label}
              </text>
            </g>
          );
        })}
        <Axis scale={scale} y={height - AXIS_HEIGHT + 4} tickCount={Math.max(2, Math.floor(width / 90))} />
      </svg>
    </div>
  );
}
