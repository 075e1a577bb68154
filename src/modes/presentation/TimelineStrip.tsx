import { useMemo } from 'react';
import { scaleTime } from '../../timeline/timeScale';
import type { Dataset, TimelineEvent } from '../../data/schema';
import { useStore } from '../../state/store';
import { selectLang, selectWindow } from '../../state/selectors';
import { formatTickDate } from '../../timeline/ticks';
import { estimateTextWidth } from '../../timeline/textWidth';
import { coverage } from '../../timeline/scale';
import { categoryStyle, shapePath } from '../../timeline/categoryStyle';
import type { Bounds } from '../../timeline/viewport';
import { formatDateRange } from '../../data/formatDate';
import { useElementWidth } from '../../components/useElementWidth';
import { useViewportHeight } from '../../components/useViewportHeight';
import { t } from '../../i18n/messages';
import '../../i18n/messagesLater';

interface TimelineStripProps {
  dataset: Dataset;
  /** The events presented, drawn as small symbols. */
  events: readonly TimelineEvent[];
  /** The event on the slide, highlighted. */
  currentId: string | null;
  bounds: Bounds;
}

const PAD = 20;
const SYMBOL = 14;
const ROW = 18;
const MAX_ROWS = 3;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A short band of the timeline under the slide: the store's window (which the
 * presentation moves to each event), the presented events as symbols in
 * their category's shape and colour, the slide's event highlighted, and a
 * year axis. A picture with a name: the slide itself says everything.
 */
export function TimelineStrip({ dataset, events, currentId, bounds }: TimelineStripProps) {
  const window = useStore(selectWindow);
  const view = window ?? bounds;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const viewportHeight = useViewportHeight();
  const height = Math.round(Math.min(160, Math.max(88, viewportHeight * 0.15)));
  const axisHeight = Math.round(Math.min(40, Math.max(30, height * 0.28)));
  const fontSize = Math.round(Math.min(22, Math.max(15, height * 0.14)));

  const x = useMemo(() => scaleTime([view.from, view.to], [PAD, Math.max(PAD + 1, width - PAD)]), [view.from, view.to, width]);
  const lang = useStore(selectLang);
  const tickLabel = (date: Date) => formatTickDate(date, lang);
  // Labels are centred on their tick: one that would be cut by the strip's edge is left out.
  const ticks = x.ticks(Math.max(2, Math.floor(width / (fontSize * 6)))).filter((tick) => {
    const half = estimateTextWidth(tickLabel(tick), fontSize) / 2;
    return x(tick) - half >= 0 && x(tick) + half <= width;
  });

  const categoryIndex = useMemo(() => new Map(dataset.categories.map((c, i) => [c.id, i])), [dataset.categories]);
  const spans = useMemo(
    () =>
      events.flatMap((event) => {
        const span = coverage(event);
        return span ? [{ event, from: span[0].getTime(), to: span[1].getTime() }] : [];
      }),
    [events],
  );

  const plotTop = 6;
  const plotBottom = height - axisHeight;
  // Events close together stack in up to three rows; beyond that they overlap.
  const marks: { event: TimelineEvent; x: number; row: number }[] = [];
  const rowEnds: number[] = [];
  for (const { event, from } of spans) {
    const mx = x(new Date(from));
    if (mx < -SYMBOL || mx > width + SYMBOL) continue;
    let row = rowEnds.findIndex((end) => end <= mx - SYMBOL - 2);
    if (row < 0) row = rowEnds.length < MAX_ROWS ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = mx;
    marks.push({ event, x: mx, row });
  }
  const rows = Math.max(1, rowEnds.length);
  const rowTop = (plotTop + plotBottom) / 2 - ((rows - 1) * ROW) / 2;

  const current = spans.find((s) => s.event.id === currentId);
  const cx0 = current ? x(new Date(current.from)) : 0;
  const cx1 = current ? Math.max(x(new Date(current.to)), cx0 + 6) : 0;
  const currentMark = marks.find((m) => m.event.id === currentId);

  const label = t('presentStripLabel', { from: formatDateRange(isoDay(view.from)), to: formatDateRange(isoDay(view.to - 1)) });

  return (
    <div className="presentation-strip" ref={ref}>
      <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {current && (
          <rect className="strip-current-span" x={cx0 - 3} y={plotTop - 4} width={cx1 - cx0 + 6} height={plotBottom - plotTop + 4} rx={4} />
        )}
        {marks.map(({ event, x: mx, row }) =>
          event.id === currentId ? null : (
            <path
              key={event.id}
              className="strip-mark"
              d={shapePath(categoryStyle(categoryIndex.get(event.category) ?? 0).shape, SYMBOL)}
              transform={`translate(${mx},${rowTop + row * ROW})`}
              style={{ fill: categoryStyle(categoryIndex.get(event.category) ?? 0).colour }}
            />
          ),
        )}
        {current && (
          <path
            className="strip-mark strip-current"
            d={shapePath(categoryStyle(categoryIndex.get(current.event.category) ?? 0).shape, SYMBOL * 1.9)}
            transform={`translate(${cx0},${currentMark ? rowTop + currentMark.row * ROW : (plotTop + plotBottom) / 2})`}
            style={{ fill: categoryStyle(categoryIndex.get(current.event.category) ?? 0).colour }}
          />
        )}
        <g className="strip-axis" transform={`translate(0,${plotBottom})`}>
          <line className="strip-axis-line" x1={0} x2={width} />
          {ticks.map((tick) => (
            <g key={tick.getTime()} transform={`translate(${x(tick)},0)`}>
              <line className="strip-axis-tick" y2={7} />
              <text className="strip-axis-label" y={7 + fontSize} textAnchor="middle" fontSize={fontSize}>
                {tickLabel(tick)}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
