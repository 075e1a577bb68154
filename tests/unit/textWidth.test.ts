import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateTextEms, estimateTextWidth, fitToWidth, isNarrowText, truncateToWidth } from '../../src/timeline/textWidth';

// The definitions the fast versions must match to the last bit: a regular expression per code point.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
function referenceWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.56;
  return ems * fontSize;
}
function referenceTruncate(text: string, maxWidth: number, fontSize: number): string {
  if (referenceWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let width = referenceWidth('…', fontSize);
  let end = 0;
  while (end < chars.length) {
    const next = width + referenceWidth(chars[end]!, fontSize);
    if (next > maxWidth) break;
    width = next;
    end++;
  }
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

/** Latin, CJK, Hangul, full-width forms, spaces, astral characters and lone surrogates. */
const mixedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'W', ' ', '\u00a0', '·', '…', '国', '务', '한', 'Ａ', '\u3000', '😀', '\ud800', '\udc00', '\u2000'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});
const narrowText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', '·', '-', '\u00a0', '\u2009'), maxLength: 120 });
const fontSize = fc.constantFrom(10, 13, 14, 15, 16.5);
const maxWidth = fc.double({ min: 0, max: 800, noNaN: true });

describe('estimateTextWidth', () => {
  it('counts a CJK character as a full em and any other as 0.56 em', () => {
    expect(estimateTextWidth('国务院', 10)).toBe(30);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(11.2);
    expect(estimateTextWidth('😀', 10)).toBeCloseTo(5.6);
  });

  it('equals the per-code-point definition for any text, to the last bit', () => {
    fc.assert(
      fc.property(mixedText, fontSize, (text, size) => {
        expect(estimateTextWidth(text, size)).toBe(referenceWidth(text, size));
        expect(estimateTextEms(text) * size).toBe(referenceWidth(text, size));
      }),
    );
  });
});

describe('truncateToWidth', () => {
  it('equals the per-code-point definition for any text and width', () => {
    fc.assert(
      fc.property(mixedText, maxWidth, fontSize, (text, max, size) => {
        expect(truncateToWidth(text, max, size)).toBe(referenceTruncate(text, max, size));
      }),
    );
  });
});

describe('isNarrowText', () => {
  it('is true exactly when every character is narrow and none is a surrogate', () => {
    expect(isNarrowText('26 Mar 1990 · State Council')).toBe(true);
    expect(isNarrowText('1990年')).toBe(false);
    expect(isNarrowText('😀')).toBe(false);
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(isNarrowText(text)).toBe([...text].every((char) => char.length === 1 && !WIDE.test(char) && !/[\ud800-\udfff]/.test(char)));
      }),
    );
  });
});

describe('fitToWidth', () => {
  it('gives truncateToWidth’s text and that text’s estimated width', () => {
    fc.assert(
      fc.property(mixedText, maxWidth, fontSize, (text, max, size) => {
        const fitted = fitToWidth(text, max, size);
        expect(fitted.text).toBe(referenceTruncate(text, max, size));
        expect(fitted.width).toBe(referenceWidth(fitted.text, size));
      }),
    );
  });

  it('finds the same cut without reading a text known to be narrow', () => {
    fc.assert(
      fc.property(narrowText, maxWidth, fontSize, (text, max, size) => {
        expect(fitToWidth(text, max, size, true)).toEqual(fitToWidth(text, max, size, false));
      }),
    );
  });

  it('cuts a long title with an ellipsis to fit', () => {
    const fitted = fitToWidth('State Council notice on clearing triangular debt', 100, 15, true);
    expect(fitted.text).toBe('State Coun…');
    expect(fitted.width).toBeLessThanOrEqual(100);
  });
});
