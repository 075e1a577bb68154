import { useMemo } from 'react';
import type { TimeScale } from '../timeline/timeScale';
import type { Dataset } from '../data/schema';
import { t } from '../i18n/messages';
import { KIND_STYLE } from './kindStyle';
import { publicationsPerYear, worksOf, WORK_ROWS, type WorkRow, type YearCount } from './works';
import '../i18n/messagesLater';

const HEIGHT = 56;
const TOP = 16;

interface PublicationHistogramProps {
  dataset: Dataset;
  /** The overview's scale: the whole span over the full width. */
  base: TimeScale;
}

function parts(bin: YearCount, rows: readonly WorkRow[]): string {
  return rows
    .filter((row) => bin.counts[row] > 0)
    .map((row) => `${t(KIND_STYLE[row].label)} ${bin.counts[row]}`)
    .join(', ');
}

/**
 * How many of the cited works appeared each year, stacked by kind, aligned
 * with the overview strip: the surge of Western coverage after 2016 and the
 * Chinese official output at a glance. The same figures as a table below.
 */
export function PublicationHistogram({ dataset, base }: PublicationHistogramProps) {
  const works = worksOf(dataset);
  const years = useMemo(() => publicationsPerYear(works), [works]);
  const rows = useMemo(() => WORK_ROWS.filter((row) => row !== 'unknown' || years.some((y) => y.counts.unknown > 0)), [years]);
  const [r0, r1] = base.range() as [number, number];
  const max = Math.max(1, ...years.map((y) => y.total));
  const peak = years.reduce<YearCount | undefined>((best, y) => (!best || y.total > best.total ? y : best), undefined);
  const barHeight = (count: number) => (count / max) * (HEIGHT - TOP - 2);
  const x = (year: number) => base(new Date(Date.UTC(year, 0, 1)));
  const summary = peak
    ? `${t('histogramTitle')}: ${works.dated.length} · ${years[0]!.year}–${years.at(-1)!.year} · ${t('histogramBar', { year: peak.year, total: peak.total, parts: parts(peak, rows) })}`
    : t('histogramTitle');

  return (
    <div className="histogram">
      <svg className="histogram-chart" width={r1 + r0} height={HEIGHT} role="img" aria-label={summary}>
        <text x={r0} y={12} className="histogram-title">
          {t('histogramTitle')}
          {peak ? ` · ${t('histogramPeak', { total: peak.total, year: peak.year })}` : ''}
        </text>
        <line x1={r0} x2={r1} y1={HEIGHT - 1} y2={HEIGHT - 1} className="histogram-baseline" />
        {years.map((bin) => {
          if (bin.total === 0) return null;
          const left = x(bin.year);
          const width = Math.max(1, x(bin.year + 1) - left - 1);
          let y = HEIGHT - 1;
          return (
            <g key={bin.year} data-year={bin.year} data-total={bin.total}>
              <title>{t('histogramBar', { year: bin.year, total: bin.total, parts: parts(bin, rows) })}</title>
              {rows.map((row) => {
                const h = barHeight(bin.counts[row]);
                if (h === 0) return null;
                y -= h;
                return <rect key={row} x={left} y={y} width={width} height={h} style={{ fill: KIND_STYLE[row].colour }} data-kind={row} />;
              })}
            </g>
          );
        })}
      </svg>
      <details className="histogram-table">
        <summary>{t('histogramTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('histogramYear')}</th>
              {rows.map((row) => (
                <th key={row} scope="col">
                  {t(KIND_STYLE[row].label)}
                </th>
              ))}
              <th scope="col">{t('histogramTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {years
              .filter((bin) => bin.total > 0)
              .map((bin) => (
                <tr key={bin.year}>
                  <th scope="row">{bin.year}</th>
                  {rows.map((row) => (
                    <td key={row}>{bin.counts[row]}</td>
                  ))}
                  <td>{bin.total}</td>
                </tr>
              ))}
          </tbody>
        </table>
        {works.undated.length > 0 && <p>{t('histogramUndated', { count: works.undated.length })}</p>}
      </details>
    </div>
  );
}
