/**
 * The timeline on screen as a standalone SVG file (browser only): reads the
 * live `svg.timeline-svg` and the computed colours of the current theme, and
 * hands everything, as text and concrete values, to buildExportSvg.
 */
import type { Dataset } from '../data/schema';
import { categoryStyle } from '../timeline/categoryStyle';
import { currentLang, t } from '../i18n/messages';
import { HTML_LANG } from '../i18n/localize';
import { serializeSvgContent, normaliseColour } from './svgSerialize';
import { buildExportSvg, type ExportSvg, type LegendEntry } from './svgDocument';
import { sourceCredit } from './credit';
import { describeView, type ViewState } from './viewSummary';
import { formatDateRange } from '../data/formatDate';
import { localIsoDate } from './fileName';

export const TIMELINE_SVG_SELECTOR = 'svg.timeline-svg';

/**
 * Concrete colours for CSS colour expressions (var(--cat-2), light-dark(...)),
 * read from a probe in the same place as the timeline, so the theme in force
 * applies. The probe is styled through the CSSOM, which the page's CSP allows.
 */
function colourResolver(context: Element): { resolve: (css: string) => string; dispose: () => void } {
  const probe = document.createElement('span');
  probe.hidden = true;
  (context.parentElement ?? document.body).append(probe);
  const resolve = (css: string) => {
    probe.style.color = '';
    probe.style.color = css;
    return normaliseColour(getComputedStyle(probe).color)[0];
  };
  return { resolve, dispose: () => probe.remove() };
}

export function captureTimeline(svg: SVGSVGElement, dataset: Dataset, view: ViewState, now: Date = new Date()): ExportSvg {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const plotMarkup = serializeSvgContent(svg, (element) => getComputedStyle(element));

  const { resolve, dispose } = colourResolver(svg);
  let legend: LegendEntry[];
  let colours: { background: string; text: string; muted: string };
  try {
    legend = dataset.categories.flatMap((category, index) => {
      if (view.hiddenCategories.includes(category.id)) return [];
      const style = categoryStyle(index);
      return [{ label: category.label, shape: style.shape, colour: resolve(style.colour) }];
    });
    colours = { background: resolve('var(--bg)'), text: resolve('var(--fg)'), muted: resolve('var(--muted)') };
  } finally {
    dispose();
  }

  return buildExportSvg({
    width,
    plotHeight: height,
    plotMarkup,
    title: t('appTitle'),
    subtitle: describeView(dataset, view),
    legend,
    credit: sourceCredit(dataset.source),
    date: t('exportDate', { date: formatDateRange(localIsoDate(now)) }),
    colours,
    fontFamily: getComputedStyle(svg).fontFamily,
    lang: HTML_LANG[currentLang()],
  });
}
