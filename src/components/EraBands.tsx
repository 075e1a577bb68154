import { useMemo } from 'react';
import type { Era } from '../data/schema';
import { formatDateRange } from '../data/formatDate';
import { coverage } from '../timeline/scale';
import { assignLanes } from '../timeline/lanes';
import { truncateToWidth } from '../timeline/textWidth';
import { joinList, t } from '../i18n/messages';
import { textLang } from '../i18n/localizeDataset';
import { useStore } from '../state/store';
import { selectLang } from '../state/selectors';

export const ERA_ROW = 22;
const FONT = 14;

/** Era rows: eras that overlap in time get separate rows, once per dataset, so bands never jump. */
export function useEraRows(eras: readonly Era[]) {
  return useMemo(() => {
    const spans = eras.map((era) => coverage(era));
    const extents = spans.map((span) => (span ? { start: span[0].getTime(), end: span[1].getTime() } : { start: 0, end: 0 }));
    const { lanes, laneCount } = assignLanes(extents);
    return { spans, lanes, rowCount: laneCount };
  }, [eras]);
}

interface EraBandsProps {
  eras: readonly Era[];
  rows: ReturnType<typeof useEraRows>;
  x: (time: number) => number;
  left: number;
  right: number;
  /** Height of the band below the era rows (the marks' area). */
  plotHeight: number;
}

/** Periods the article describes, as tinted bands behind the marks, each labelled with its footnotes or section. */
export function EraBands({ eras, rows, x, left, right, plotHeight }: EraBandsProps) {
  const top = rows.rowCount * ERA_ROW;
  const lang = useStore(selectLang);
  return (
    <g className="eras">
      {eras.map((era, i) => {
        const span = rows.spans[i];
        if (!span) return null;
        const x0 = Math.max(left, x(span[0].getTime()));
        const x1 = Math.min(right, x(span[1].getTime()));
        if (x1 <= x0) return null;
        const row = rows.lanes[i] ?? 0;
        const sources =
          era.footnotes && era.footnotes.length > 0
            ? t(era.footnotes.length === 1 ? 'footnoteList' : 'footnoteListPlural', { list: joinList(era.footnotes) })
            : era.section
              ? t('eraSection', { section: era.section })
              : '';
        const date = formatDateRange(era.start, era.end, era.approximate);
        const tag =
          era.footnotes && era.footnotes.length > 0
            ? ` · ${t('eraTagFootnotes', { list: joinList(era.footnotes) })}`
            : era.section
              ? ` · ${t('eraTagSection', { section: era.section })}`
              : '';
        return (
          <g key={era.id} className={`era era-${i % 2}${era.approximate ? ' approximate' : ''}`} role="graphics-symbol" aria-label={t('eraLabel', { date, label: era.label, sources })}>
            <title>{`${date}: ${era.label}. ${era.description ?? ''} ${sources}`.trim()}</title>
            <rect x={x0} y={row * ERA_ROW} width={x1 - x0} height={top - row * ERA_ROW + plotHeight} className="era-band" />
            <line x1={x0} x2={x1} y1={row * ERA_ROW + 1} y2={row * ERA_ROW + 1} className="era-edge" />
            <text x={x0 + 4} y={row * ERA_ROW + 15} fontSize={FONT} className="era-label" lang={textLang(era, 'label', lang)}>
              {truncateToWidth(`${era.label}${tag}`, x1 - x0 - 8, FONT)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
