/**
 * A layout-time estimate of a label's width, without touching the DOM (so
 * layout stays a pure function that runs in tests and workers). Wide
 * characters (CJK) count as a full em, others as an average Latin glyph.
 *
 * Layout measures every label of a dataset (100,000 at a time), so this reads
 * code units rather than running a regular expression per character; the
 * result is the same, to the last bit, as summing per code point in order.
 */

/** Whether a code point is a wide (CJK) character: Hangul Jamo, CJK and Hangul syllables, compatibility and full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** How many code units the code point at `i` takes: 2 for a surrogate pair, else 1 (a lone surrogate counts as a character). */
function unitsAt(text: string, i: number): 1 | 2 {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The width of one character in ems: every wide character is in the Basic Multilingual Plane. */
function emsAt(text: string, i: number, units: 1 | 2): number {
  return units === 1 && isWide(text.charCodeAt(i)) ? 1 : 0.56;
}

/** The text's estimated width in ems: `estimateTextWidth(text, size)` is `estimateTextEms(text) * size`, exactly. */
export function estimateTextEms(text: string): number {
  let ems = 0;
  for (let i = 0; i < text.length; ) {
    const units = unitsAt(text, i);
    ems += emsAt(text, i, units);
    i += units;
  }
  return ems;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  return estimateTextEms(text) * fontSize;
}

const ELLIPSIS_EMS = 0.56;

/** Whether every code unit is a narrow character (no CJK, no surrogate): the text is then 0.56 em per code unit. */
export function isNarrowText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x1100 && (isWide(code) || (code >= 0xd800 && code <= 0xdfff))) return false;
  }
  return true;
}

/** narrowEms[m]: 0.56 added m times, in the order estimateTextEms adds them (so the same bits). */
const narrowEms: number[] = [0];
/** `estimateTextEms` of a narrow text (isNarrowText) of `count` code units, without reading it. */
export function narrowEmsOf(count: number): number {
  while (narrowEms.length <= count) narrowEms.push(narrowEms[narrowEms.length - 1]! + 0.56);
  return narrowEms[count]!;
}

/** Per font size, widths[j]: an ellipsis and j narrow characters, added one by one as truncateToWidth adds them. */
const narrowCuts = new Map<number, number[]>();
function narrowCutWidth(fontSize: number, count: number): number {
  let widths = narrowCuts.get(fontSize);
  if (!widths) narrowCuts.set(fontSize, (widths = [ELLIPSIS_EMS * fontSize]));
  while (widths.length <= count) widths.push(widths[widths.length - 1]! + 0.56 * fontSize);
  return widths[count]!;
}

/** The text, cut with an ellipsis where needed so that its estimated width fits `maxWidth`. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  return fitToWidth(text, maxWidth, fontSize).text;
}

/**
 * `truncateToWidth` with the result's estimated width. `narrow` says the text
 * is narrow (isNarrowText, known beforehand): the cut is then found without
 * reading the text, which layout does for every label at every zoom level.
 */
export function fitToWidth(text: string, maxWidth: number, fontSize: number, narrow = false): { readonly text: string; readonly width: number } {
  if (narrow) {
    const full = narrowEmsOf(text.length) * fontSize;
    if (full <= maxWidth) return { text, width: full };
    let end = Math.max(0, Math.min(text.length, Math.floor(maxWidth / (0.56 * fontSize)) - 1));
    while (end > 0 && narrowCutWidth(fontSize, end) > maxWidth) end--;
    while (end < text.length && narrowCutWidth(fontSize, end + 1) <= maxWidth) end++;
    const kept = text.slice(0, end).trimEnd();
    return { text: `${kept}…`, width: narrowEmsOf(kept.length + 1) * fontSize };
  }
  const full = estimateTextWidth(text, fontSize);
  if (full <= maxWidth) return { text, width: full };
  let width = ELLIPSIS_EMS * fontSize;
  let end = 0;
  while (end < text.length) {
    const units = unitsAt(text, end);
    const next = width + emsAt(text, end, units) * fontSize;
    if (next > maxWidth) break;
    width = next;
    end += units;
  }
  const cut = `${text.slice(0, end).trimEnd()}…`;
  return { text: cut, width: estimateTextWidth(cut, fontSize) };
}
