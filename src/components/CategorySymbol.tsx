import { categoryStyle, shapePath } from '../timeline/categoryStyle';

interface CategorySymbolProps {
  /** The category's position in the dataset's category list. */
  index: number;
  size?: number;
}

/** A category's shape in its colour, as a small inline SVG (decorative: the label says the category). */
export function CategorySymbol({ index, size = 14 }: CategorySymbolProps) {
  const { shape, colour } = categoryStyle(index);
  const box = size + 4;
  return (
    <svg className="category-symbol" width={box} height={box} viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`} aria-hidden="true" focusable="false">
      <path d={shapePath(shape, size)} fill={colour} stroke="var(--bg)" strokeWidth={1} />
    </svg>
  );
}
