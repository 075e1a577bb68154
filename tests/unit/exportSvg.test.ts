import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normaliseColour,
  paintAttributes,
  paintOf,
  paintsNothing,
  serializeElement,
  serializeSvgContent,
  type StyleLike,
} from '../../src/export/svgSerialize';
import { buildExportSvg, layoutLegend, wrapText, type ExportSvgInput } from '../../src/export/svgDocument';
import { escapeXml } from '../../src/export/xml';
import { sourceCredit } from '../../src/export/credit';
import { estimateTextWidth } from '../../src/timeline/textWidth';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A computed style from a plain object, with the browser's defaults for the rest. */
const style = (values: Record<string, string> = {}): StyleLike => {
  const all: Record<string, string> = {
    fill: 'rgb(0, 0, 0)',
    'fill-opacity': '1',
    stroke: 'none',
    'stroke-opacity': '1',
    'stroke-width': '1px',
    'stroke-dasharray': 'none',
    'stroke-linecap': 'butt',
    'stroke-linejoin': 'miter',
    'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
    'font-size': '16px',
    'font-weight': '400',
    'font-style': 'normal',
    'text-anchor': 'start',
    'dominant-baseline': 'auto',
    'letter-spacing': 'normal',
    opacity: '1',
    display: 'inline',
    visibility: 'visible',
    ...values,
  };
  return { getPropertyValue: (property) => all[property] ?? '' };
};

/** Parses SVG markup (test fixture) and gives each element a style by class, as a style sheet would. */
function fixture(markup: string, byClass: Record<string, Record<string, string>>) {
  const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}">${markup}</svg>`, 'image/svg+xml');
  const styleOf = (element: Element) => {
    const values: Record<string, string> = {};
    // Inherit from the parent chain first, then the element's own classes.
    const chain: Element[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) chain.unshift(node);
    for (const node of chain) for (const name of Array.from(node.classList)) Object.assign(values, byClass[name] ?? {});
    return style(values);
  };
  return { root: doc.documentElement, styleOf };
}

describe('escapeXml', () => {
  it('escapes the five special characters and drops control characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('a\u0001b\tc\nd')).toBe('ab\tc\nd');
    expect(escapeXml('社会信用')).toBe('社会信用');
  });
});

describe('colours and paint', () => {
  it('turns computed colours into #rrggbb and an alpha', () => {
    expect(normaliseColour('rgb(0, 114, 178)')).toEqual(['#0072b2', 1]);
    expect(normaliseColour('rgba(0, 114, 178, 0.08)')).toEqual(['#0072b2', 0.08]);
    expect(normaliseColour('rgb(0 114 178 / 50%)')).toEqual(['#0072b2', 0.5]);
    expect(normaliseColour('rgba(0, 0, 0, 0)')).toEqual(['#000000', 0]);
    expect(normaliseColour('none')).toEqual(['none', 1]);
    expect(normaliseColour('transparent')).toEqual(['none', 1]);
  });

  it('folds a colour’s alpha into its opacity, and a transparent colour into none', () => {
    const paint = paintOf(style({ fill: 'rgba(0, 114, 178, 0.5)', 'fill-opacity': '0.5', stroke: 'rgba(0, 0, 0, 0)' }));
    expect(paint.fill).toBe('#0072b2');
    expect(paint['fill-opacity']).toBe('0.25');
    expect(paint.stroke).toBe('none');
  });

  it('knows a shape that paints nothing', () => {
    expect(paintsNothing(paintOf(style({ fill: 'rgba(0, 0, 0, 0)' })))).toBe(true);
    expect(paintsNothing(paintOf(style({ fill: 'none', stroke: 'rgb(1, 2, 3)', 'stroke-width': '0px' })))).toBe(true);
    expect(paintsNothing(paintOf(style({ fill: 'none', stroke: 'rgb(1, 2, 3)' })))).toBe(false);
    expect(paintsNothing(paintOf(style({ opacity: '0' })))).toBe(true);
    expect(paintsNothing(paintOf(style()))).toBe(false);
  });

  it('writes only what differs from the parent, plus opacity', () => {
    const parent = paintOf(style());
    expect(paintAttributes(paintOf(style({ fill: 'rgb(255, 0, 0)', opacity: '0.5' })), parent)).toBe(' fill="#ff0000" opacity="0.5"');
    expect(paintAttributes(parent, parent)).toBe('');
    expect(paintAttributes(parent, null)).toContain('font-family="system-ui, &quot;Noto Sans CJK SC&quot;, sans-serif"');
  });
});

describe('serializeElement', () => {
  const { root, styleOf } = fixture(
    `<title id="t">Timeline of 46 events</title>
     <rect class="hit" x="0" y="0" width="100" height="50"/>
     <g class="mark" data-event-id="state-council-notice-1990" role="graphics-symbol" aria-label="26 March 1990" tabindex="0" transform="translate(0,40)" style="fill: red" onclick="alert(1)">
       <title>26 March 1990 · State Council notice &amp; "social credit"</title>
       <rect class="bar" x="10" y="4" width="6" height="8" rx="3"/>
       <text class="label" x="20" y="27" font-size="15">26 Mar 1990 · State Council &lt;notice&gt;</text>
     </g>
     <g class="gone"><rect class="bar" x="1" y="1" width="1" height="1"/></g>
     <g class="empty"><rect class="hit" width="5" height="5"/></g>`,
    {
      hit: { fill: 'rgba(0, 0, 0, 0)' },
      mark: {},
      bar: { fill: 'rgb(0, 114, 178)', 'fill-opacity': '0.9' },
      label: { fill: 'rgb(26, 26, 26)', 'font-size': '15px' },
      gone: { display: 'none' },
    },
  );
  const markup = serializeSvgContent(root, styleOf);

  it('keeps geometry, classes and event ids, and drops ids, ARIA, tab stops, inline styles and handlers', () => {
    expect(markup).toContain('<g class="mark" data-event-id="state-council-notice-1990" transform="translate(0,40)">');
    expect(markup).not.toMatch(/ id=|role=|aria-|tabindex| style=|onclick/);
    expect(markup).toContain('<rect class="bar" x="10" y="4" width="6" height="8" rx="3" fill="#0072b2" fill-opacity="0.9"/>');
  });

  it('writes concrete styles, only where they differ from the parent', () => {
    expect(markup).toContain('<text class="label" x="20" y="27" fill="#1a1a1a" font-size="15px">');
    expect(markup.match(/font-family=/g)).toHaveLength(1);
    expect(markup.startsWith('<g fill="#000000"')).toBe(true);
  });

  it('escapes text, keeps the marks’ titles and leaves out the root’s own title', () => {
    expect(markup).toContain('<title>26 March 1990 · State Council notice &amp; &quot;social credit&quot;</title>');
    expect(markup).toContain('26 Mar 1990 · State Council &lt;notice&gt;</text>');
    expect(markup).not.toContain('Timeline of 46 events');
  });

  it('leaves out what is not displayed, shapes that paint nothing and groups left empty', () => {
    expect(markup).not.toContain('class="hit"');
    expect(markup).not.toContain('class="gone"');
    expect(markup).not.toContain('class="empty"');
  });

  it('parses as XML', () => {
    const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}">${markup}</svg>`, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('[data-event-id]')).toHaveLength(1);
  });

  it('serialises a single element with a parent paint', () => {
    const bar = root.querySelector('.bar')!;
    expect(serializeElement(bar, styleOf, paintOf(styleOf(bar)))).toBe('<rect class="bar" x="10" y="4" width="6" height="8" rx="3"/>');
  });
});

describe('wrapText and layoutLegend', () => {
  it('breaks between words within the width, and cuts a word too long for a line', () => {
    const lines = wrapText('Source: Bloch, Marylaure (2022): Sociotechnical imaginaries shaping China’s emerging social credit system.', 200, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Source: Bloch, Marylaure (2022): Sociotechnical imaginaries shaping China’s emerging social credit system.');
    const long = wrapText('https://doi.org/10.1515/asia-2021-0019', 80, 13);
    expect(long.join('')).toBe('https://doi.org/10.1515/asia-2021-0019');
    for (const line of long) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(80);
    expect(wrapText('', 100, 13)).toEqual([]);
  });

  it('flows legend items into rows that fit', () => {
    const legend = scs.categories.map((c) => ({ label: c.label, shape: 'circle' as const, colour: '#000000' }));
    const wide = layoutLegend(legend, 2000);
    expect(new Set(wide.items.map((i) => i.y)).size).toBe(1);
    const narrow = layoutLegend(legend, 400);
    expect(new Set(narrow.items.map((i) => i.y)).size).toBeGreaterThan(1);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(layoutLegend([], 400).height).toBe(0);
  });
});

describe('buildExportSvg', () => {
  const input: ExportSvgInput = {
    width: 1000,
    plotHeight: 300,
    plotMarkup: '<g><rect class="mark-bar" data-event-id="x" x="1" y="1" width="5" height="5" fill="#0072b2"/></g>',
    title: 'The sourced timeline of China’s Social Credit System',
    subtitle: 'Showing the whole timeline · 46 of 46 events',
    legend: scs.categories.map((c, i) => ({ label: c.label, shape: (['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star'] as const)[i]!, colour: '#0072b2' })),
    credit: sourceCredit(scs.source),
    date: 'Exported 25 November 2026',
    colours: { background: '#ffffff', text: '#1a1a1a', muted: '#4a4a4a' },
    fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif',
  };
  const { svg, width, height } = buildExportSvg(input);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');

  it('is a standalone SVG file that parses, with its size on the root', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe(String(width));
    expect(doc.documentElement.getAttribute('height')).toBe(String(height));
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(1000);
    expect(height).toBeGreaterThan(300);
  });

  it('has the title, the subtitle, the legend, the credit with the DOI and the date', () => {
    expect(doc.querySelector('svg > title')?.textContent).toBe(input.title);
    expect(texts).toContain(input.title);
    expect(texts).toContain(input.subtitle);
    for (const category of scs.categories) expect(texts).toContain(category.label);
    expect(doc.querySelectorAll('svg > path')).toHaveLength(scs.categories.length);
    const credit = texts.filter((t) => t.startsWith('Source:') || t.includes('doi.org')).join(' ');
    expect(credit).toContain('Source: Bloch, Marylaure (2022)');
    expect(credit).toContain('https://doi.org/10.1515/asia-2021-0019');
    expect(texts).toContain('Exported 25 November 2026');
  });

  it('puts the timeline in its own clipped box under the header, on the background colour', () => {
    const plot = doc.querySelector('svg > svg')!;
    expect(plot.getAttribute('height')).toBe('300');
    expect(plot.getAttribute('overflow')).toBe('hidden');
    expect(plot.querySelector('[data-event-id="x"]')).not.toBeNull();
    expect(Number(plot.getAttribute('y'))).toBeGreaterThan(30);
    expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('escapes text that looks like markup', () => {
    const { svg: escaped } = buildExportSvg({ ...input, title: 'A <b>bold</b> & "quoted" title' });
    const parsed = new DOMParser().parseFromString(escaped, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('b')).toBeNull();
    expect(parsed.querySelector('svg > title')?.textContent).toBe('A <b>bold</b> & "quoted" title');
  });

  it('wraps a long credit on a narrow image instead of running off it', () => {
    const { svg: narrow } = buildExportSvg({ ...input, width: 400 });
    const lines = Array.from(new DOMParser().parseFromString(narrow, 'image/svg+xml').querySelectorAll('text'))
      .map((t) => t.textContent ?? '')
      .filter((t) => !scs.categories.some((c) => c.label === t));
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(400 - 32 + 1);
  });
});
