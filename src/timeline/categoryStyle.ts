/**
 * Categories are told apart by shape as well as colour (never colour alone).
 * Colours are CSS variables (styles.css) from the Okabe–Ito palette, safe for
 * the common colour-vision deficiencies, with light and dark variants.
 */
export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star';

const SHAPES: readonly Shape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star'];
export const CATEGORY_COLOURS = 6;

export interface CategoryStyle {
  readonly shape: Shape;
  /** A CSS colour, e.g. `var(--cat-2)`. */
  readonly colour: string;
}

/** One object per style, so a mark's props stay the same from one frame to the next. */
const STYLES: readonly CategoryStyle[] = SHAPES.map((shape, i) => ({ shape, colour: `var(--cat-${i % CATEGORY_COLOURS})` }));

export function categoryStyle(index: number): CategoryStyle {
  const i = ((index % SHAPES.length) + SHAPES.length) % SHAPES.length;
  return STYLES[i]!;
}

const paths = new Map<string, string>();

/** An SVG path for a shape of about `size` pixels, centred on 0,0. */
export function shapePath(shape: Shape, size: number): string {
  const key = `${shape} ${size}`;
  let path = paths.get(key);
  if (path === undefined) paths.set(key, (path = drawShape(shape, size)));
  return path;
}

function drawShape(shape: Shape, size: number): string {
  const r = size / 2;
  const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
    case 'square': {
      const s = r * 0.89;
      return polygon([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'diamond':
      return polygon([[0, -r * 1.15], [r * 1.15, 0], [0, r * 1.15], [-r * 1.15, 0]]);
    case 'triangle':
      return polygon([[0, -r * 1.1], [r * 1.1, r * 0.9], [-r * 1.1, r * 0.9]]);
    case 'hexagon':
      return polygon(Array.from({ length: 6 }, (_, k) => [r * Math.cos((Math.PI / 3) * k), r * Math.sin((Math.PI / 3) * k)]));
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, k) => {
          const radius = k % 2 === 0 ? r * 1.2 : r * 0.5;
          const angle = (Math.PI / 5) * k - Math.PI / 2;
          return [radius * Math.cos(angle), radius * Math.sin(angle)];
        }),
      );
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
