/**
 * A live SVG subtree as standalone markup: the geometry attributes as they
 * are, and the styles that CSS gave each element (colours from CSS variables,
 * fonts, strokes) written out as presentation attributes with concrete
 * values, so the file looks the same without our style sheets.
 *
 * Styles are read through `styleOf` (getComputedStyle in the browser), and an
 * inherited property is written only where it differs from the parent's.
 * Nothing is written into the page: this only reads the DOM and returns text.
 * Elements that are not displayed, and shapes that paint nothing (the
 * transparent hit areas), are left out, as are ids, ARIA, tab stops and
 * inline styles.
 */
import { escapeXml } from './xml';

export interface StyleLike {
  getPropertyValue(property: string): string;
}

export type StyleOf = (element: Element) => StyleLike;

/** Properties children inherit: written where they differ from the parent's. */
export const INHERITED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
] as const;

/** Geometry and identity attributes copied as they are. */
const KEPT_ATTRIBUTES = new Set([
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points',
  'transform', 'viewBox', 'preserveAspectRatio', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  'class', 'data-event-id', 'data-cluster-size',
]);

const SHAPES = new Set(['rect', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
const TEXT_CONTAINERS = new Set(['text', 'tspan', 'title', 'desc']);
const NOT_RENDERED = new Set(['title', 'desc']);
const SKIPPED = new Set(['script', 'style', 'foreignObject', 'defs', 'metadata']);

export type Paint = Record<string, string>;

function hex(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
}

/**
 * A computed colour as a concrete SVG colour and an alpha: "rgb(0, 114, 178)"
 * → ["#0072b2", 1]; "rgba(0, 0, 0, 0)" → ["#000000", 0]; "none" stays.
 */
export function normaliseColour(value: string): [colour: string, alpha: number] {
  const v = value.trim();
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(v);
  if (!match) return [v === 'transparent' ? 'none' : v, 1];
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  return [`#${hex(Number(match[1]))}${hex(Number(match[2]))}${hex(Number(match[3]))}`, alpha];
}

const round = (n: number) => String(Math.round(n * 1000) / 1000);

/** The paint of an element as written: colours as #rrggbb, their alpha folded into fill-opacity and stroke-opacity. */
export function paintOf(style: StyleLike): Paint {
  const paint: Paint = {};
  for (const property of INHERITED_PROPERTIES) paint[property] = style.getPropertyValue(property).trim();
  for (const [colourProperty, opacityProperty] of [['fill', 'fill-opacity'], ['stroke', 'stroke-opacity']] as const) {
    const [colour, alpha] = normaliseColour(paint[colourProperty] ?? '');
    const opacity = Number(paint[opacityProperty] || '1');
    paint[colourProperty] = alpha === 0 ? 'none' : colour;
    paint[opacityProperty] = round((Number.isFinite(opacity) ? opacity : 1) * (alpha === 0 ? 1 : alpha));
  }
  paint.opacity = style.getPropertyValue('opacity').trim() || '1';
  return paint;
}

/** Whether a shape draws nothing: no fill and no visible stroke (or fully transparent). */
export function paintsNothing(paint: Paint): boolean {
  const fill = paint.fill === 'none' || paint['fill-opacity'] === '0';
  const stroke = paint.stroke === 'none' || paint['stroke-opacity'] === '0' || parseFloat(paint['stroke-width'] ?? '1') === 0;
  return (fill && stroke) || paint.opacity === '0';
}

/** Presentation attributes for what differs from the parent's paint (and opacity, which is not inherited). */
export function paintAttributes(paint: Paint, parent: Paint | null): string {
  let out = '';
  for (const property of INHERITED_PROPERTIES) {
    const value = paint[property];
    if (!value || (parent && parent[property] === value)) continue;
    out += ` ${property}="${escapeXml(value)}"`;
  }
  if (paint.opacity && paint.opacity !== '1') out += ` opacity="${escapeXml(paint.opacity)}"`;
  return out;
}

function keptAttributes(element: Element): string {
  let out = '';
  for (const attribute of Array.from(element.attributes)) {
    if (KEPT_ATTRIBUTES.has(attribute.name)) out += ` ${attribute.name}="${escapeXml(attribute.value)}"`;
  }
  return out;
}

/** One element and what is under it, as markup; '' when it is not shown. */
export function serializeElement(element: Element, styleOf: StyleOf, parent: Paint | null): string {
  const tag = element.localName;
  if (SKIPPED.has(tag)) return '';
  if (NOT_RENDERED.has(tag)) {
    const text = element.textContent?.trim() ?? '';
    return text ? `<${tag}>${escapeXml(text)}</${tag}>` : '';
  }
  const style = styleOf(element);
  if (style.getPropertyValue('display').trim() === 'none' || style.getPropertyValue('visibility').trim() === 'hidden') return '';
  const paint = paintOf(style);
  if (SHAPES.has(tag) && paintsNothing(paint)) return '';

  let children = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 1) children += serializeElement(node as Element, styleOf, paint);
    else if (node.nodeType === 3 && TEXT_CONTAINERS.has(tag)) children += escapeXml(node.textContent ?? '');
  }
  if (tag === 'g' && !children) return '';
  const open = `<${tag}${keptAttributes(element)}${paintAttributes(paint, parent)}`;
  return children ? `${open}>${children}</${tag}>` : `${open}/>`;
}

/** The children of an SVG root inside one group that carries the root's own paint. */
export function serializeSvgContent(root: Element, styleOf: StyleOf): string {
  const paint = paintOf(styleOf(root));
  let children = '';
  for (const node of Array.from(root.children)) {
    if (node.localName === 'title' || node.localName === 'desc') continue; // the export has its own
    children += serializeElement(node, styleOf, paint);
  }
  return `<g${paintAttributes(paint, null)}>${children}</g>`;
}
