/**
 * The exported image as one standalone SVG file: a header with the title and
 * what the view shows, the timeline as it is on screen, and a footer with the
 * legend (shape, colour and label of each category), the source credit with
 * its DOI and the export date, ready for a slide or an article.
 *
 * Pure: the timeline arrives as markup (svgSerialize.ts), colours as concrete
 * values; text is measured with the layout's estimate.
 */
import { shapePath, type Shape } from '../timeline/categoryStyle';
import { estimateTextWidth } from '../timeline/textWidth';
import { escapeXml } from './xml';

export interface LegendEntry {
  readonly label: string;
  readonly shape: Shape;
  /** A concrete colour (#rrggbb). */
  readonly colour: string;
}

export interface ExportSvgInput {
  /** Width of the timeline as drawn, in CSS pixels; the export has the same width. */
  readonly width: number;
  readonly plotHeight: number;
  /** The timeline's content (serializeSvgContent). */
  readonly plotMarkup: string;
  readonly title: string;
  readonly subtitle: string;
  readonly legend: readonly LegendEntry[];
  /** "Source: Bloch, Marylaure (2022): … https://doi.org/10.1515/asia-2021-0019" */
  readonly credit: string;
  /** "Exported 25 November 2026" */
  readonly date: string;
  readonly colours: { readonly background: string; readonly text: string; readonly muted: string };
  readonly fontFamily: string;
  /** The texts' language as a BCP 47 tag ("en", "zh-Hans"), for screen readers and font choice; absent: unstated. */
  readonly lang?: string;
}

export interface ExportSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 16;
const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 14;
const LEGEND_SIZE = 14;
const SYMBOL = 12;
const CREDIT_SIZE = 13;
const LINE = 1.4;

/** Lines of at most `maxWidth` (estimated), broken between words; a word too long for a line is cut. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    push();
    let rest = word;
    while (estimateTextWidth(rest, fontSize) > maxWidth) {
      const chars = [...rest];
      let n = 1;
      while (n < chars.length && estimateTextWidth(chars.slice(0, n + 1).join(''), fontSize) <= maxWidth) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  push();
  return lines;
}

export interface LegendItemLayout {
  readonly entry: LegendEntry;
  readonly x: number;
  readonly y: number;
}

/** Legend items flowed left to right in rows that fit the width; y is each row's text baseline offset. */
export function layoutLegend(legend: readonly LegendEntry[], width: number, fontSize = LEGEND_SIZE): { items: LegendItemLayout[]; height: number } {
  const rowHeight = Math.round(fontSize * 1.8);
  const items: LegendItemLayout[] = [];
  let x = PAD;
  let row = 0;
  for (const entry of legend) {
    const itemWidth = SYMBOL + 6 + estimateTextWidth(entry.label, fontSize);
    if (x > PAD && x + itemWidth > width - PAD) {
      row++;
      x = PAD;
    }
    items.push({ entry, x, y: row * rowHeight });
    x += itemWidth + 20;
  }
  return { items, height: legend.length === 0 ? 0 : (row + 1) * rowHeight };
}

/** Coordinates to a tenth of a pixel, without floating-point noise. */
const px = (n: number) => String(Math.round(n * 10) / 10);

const text = (x: number, y: number, size: number, fill: string, content: string, extra = '') =>
  `<text x="${px(x)}" y="${px(y)}" font-size="${size}" fill="${escapeXml(fill)}"${extra}>${escapeXml(content)}</text>`;

/** The whole file. */
export function buildExportSvg(input: ExportSvgInput): ExportSvg {
  const width = Math.max(320, Math.round(input.width));
  const inner = width - 2 * PAD;
  const { colours } = input;
  const parts: string[] = [];
  let y = PAD;

  // Header: the title (bold, wrapped) and what the view shows.
  for (const line of wrapText(input.title, inner, TITLE_SIZE * 1.05)) {
    y += TITLE_SIZE * 1.25;
    parts.push(text(PAD, y, TITLE_SIZE, colours.text, line, ' font-weight="700"'));
  }
  for (const line of wrapText(input.subtitle, inner, SUBTITLE_SIZE)) {
    y += SUBTITLE_SIZE * LINE;
    parts.push(text(PAD, y, SUBTITLE_SIZE, colours.muted, line));
  }
  y += 10;

  // The timeline, clipped to its own box as on screen.
  const plotHeight = Math.max(1, Math.round(input.plotHeight));
  parts.push(`<svg x="0" y="${px(y)}" width="${width}" height="${plotHeight}" viewBox="0 0 ${width} ${plotHeight}" overflow="hidden">${input.plotMarkup}</svg>`);
  y += plotHeight + 12;

  // Footer: legend, credit, date.
  const legend = layoutLegend(input.legend, width);
  const legendTop = y;
  for (const item of legend.items) {
    const baseline = legendTop + item.y + LEGEND_SIZE;
    parts.push(
      `<path d="${shapePath(item.entry.shape, SYMBOL)}" transform="translate(${px(item.x + SYMBOL / 2)},${px(baseline - LEGEND_SIZE * 0.35)})" fill="${escapeXml(item.entry.colour)}" stroke="${escapeXml(colours.background)}" stroke-width="1"/>`,
      text(item.x + SYMBOL + 6, baseline, LEGEND_SIZE, colours.text, item.entry.label),
    );
  }
  y += legend.height + 4;
  for (const line of wrapText(input.credit, inner, CREDIT_SIZE)) {
    y += CREDIT_SIZE * LINE;
    parts.push(text(PAD, y, CREDIT_SIZE, colours.text, line));
  }
  y += CREDIT_SIZE * LINE;
  parts.push(text(PAD, y, CREDIT_SIZE, colours.muted, input.date));
  const height = Math.ceil(y + PAD);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="export-title export-desc" font-family="${escapeXml(input.fontFamily)}"${input.lang ? ` lang="${escapeXml(input.lang)}" xml:lang="${escapeXml(input.lang)}"` : ''}>\n` +
    `<title id="export-title">${escapeXml(input.title)}</title>\n` +
    `<desc id="export-desc">${escapeXml(`${input.subtitle}. ${input.credit} ${input.date}.`)}</desc>\n` +
    `<rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>\n` +
    parts.join('\n') +
    `\n</svg>\n`;
  return { svg, width, height };
}
