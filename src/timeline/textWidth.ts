/**
 * A layout-time estimate of a label's width, without touching the DOM (so
 * layout stays a pure function that runs in tests and workers). Wide
 * characters (CJK) count as a full em, others as an average Latin glyph.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.56;
  return ems * fontSize;
}

/** The text, cut with an ellipsis where needed so that its estimated width fits `maxWidth`. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let width = estimateTextWidth('…', fontSize);
  let end = 0;
  while (end < chars.length) {
    const next = width + estimateTextWidth(chars[end]!, fontSize);
    if (next > maxWidth) break;
    width = next;
    end++;
  }
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}
