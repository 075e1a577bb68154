/**
 * The iframe snippet a teacher pastes into a course page. The snippet is
 * text (shown in a read-only textarea and copied), so every attribute value
 * is HTML-escaped: a title or an address holding quotes or <>& cannot break
 * out of its attribute.
 */
import type { Theme } from '../../state/store';
import type { Lang } from '../../i18n/localize';
import { encodeUrlState } from '../../state/urlState';
import { HEIGHT_MESSAGE } from './embedOptions';

// (Defined with the options, which every page has: the embedded page's code posts it without this module.)
export { HEIGHT_MESSAGE };
export const DEFAULT_EMBED_HEIGHT = 600;
export const MIN_EMBED_HEIGHT = 200;
export const MAX_EMBED_HEIGHT = 4000;

export interface EmbedChoices {
  /** The event the embed opens with; null shows the whole timeline. */
  readonly event: string | null;
  /** The VISIBLE categories. */
  readonly categories: readonly string[];
  readonly theme: Theme;
  readonly compact: boolean;
  /** The iframe's height in CSS pixels. */
  readonly height: number;
  /** The interface language of the embed (`?lang=`); null or absent: the visitor's browser language. */
  readonly lang?: Lang | null;
  /** A tour the embed plays in presentation mode (its event ids, in order); null or absent: browsing. */
  readonly tour?: readonly string[] | null;
  /** Whether the cited works are shown under the axis. */
  readonly literature?: boolean;
  /** Rows grouped by the article's sections. */
  readonly bySection?: boolean;
}

/** Escapes text for a double- or single-quoted HTML attribute value (and for text content). */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A page's address without its query and hash (works for http(s) and file: alike). */
export function pageAddress(href: string): string {
  try {
    const url = new URL(href);
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return href.replace(/[?#].*$/s, '');
  }
}

/** A whole number of pixels within the allowed range; anything else gives the default. */
export function clampHeight(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return DEFAULT_EMBED_HEIGHT;
  return Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.round(n)));
}

/**
 * The iframe's src: the page address, the embed options (and the language,
 * when one was chosen) in the query, and
 * the view (event, categories, cited works, rows by section, a tour to
 * present) in the hash, as the app reads them.
 * `allCategories` tells "all visible" (no `cat` in the hash) from a subset.
 */
export function embedSrc(page: string, choices: EmbedChoices, allCategories: readonly string[]): string {
  const query = ['embed=1'];
  if (choices.theme !== 'system') query.push(`theme=${encodeURIComponent(choices.theme)}`);
  if (choices.compact) query.push('compact=1');
  if (choices.lang) query.push(`lang=${encodeURIComponent(choices.lang)}`);
  const visible = allCategories.filter((id) => choices.categories.includes(id));
  const hash = encodeUrlState({
    ...(choices.event ? { event: choices.event } : {}),
    ...(visible.length === allCategories.length ? {} : { cat: visible }),
    ...(choices.literature ? { lane: 'literature' as const } : {}),
    ...(choices.bySection ? { group: 'section' as const } : {}),
    ...(choices.tour && choices.tour.length > 0 ? { mode: 'present' as const, tour: choices.tour } : {}),
  });
  return `${page}?${query.join('&')}${hash ? `#${hash}` : ''}`;
}

/** The iframe element, as HTML text. */
export function embedSnippet(src: string, title: string, height: number): string {
  const attr = escapeHtmlAttribute;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${clampHeight(height)}" loading="lazy" style="border:0"></iframe>`;
}

/**
 * What a host page adds (once) so that each timeline frame takes the height
 * of its content: the frames post `{ type: "scs-timeline:height", height }`.
 */
export const HOST_SCRIPT = `<script>
addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  if (frame && event.data?.type === '${HEIGHT_MESSAGE}' && Number.isFinite(event.data.height)) frame.style.height = event.data.height + 'px';
});
</script>`;
