/**
 * Links that come from data. Only http(s) and mailto links ever become an
 * href; anything else (javascript:, data:, vbscript:, relative paths) stays
 * plain text. The scheme is judged after the URL parser has normalised it, so
 * "  JaVa\tScRiPt:..." is recognised for what it is.
 */

const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/** The normalised href for a link from data, or null when it must be shown as text. */
export function safeHref(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return LINK_SCHEMES.has(url.protocol) ? url.href : null;
}

/** Whether a dataset URL is an absolute http(s) link with a host and no backslash. */
export function isSafeHttpUrl(raw: string): boolean {
  if (raw.includes('\\') || raw !== raw.trim()) return false;
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The https link of a DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
