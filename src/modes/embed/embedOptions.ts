/**
 * Embed options, read from the query string so that the hash keeps holding
 * the view (event, window, categories…):
 *
 *   ?embed=1&theme=dark&compact=1#event=state-council-notice-1990
 *
 * - `embed=1` (or `true`, or a bare `embed`): compact chrome for an iframe in a course page.
 * - `theme=light|dark|contrast`: overrides the system and any remembered theme.
 * - `compact=1`: even less chrome (no introduction, no actions).
 *
 * Read defensively: anything unknown or malformed is ignored, never thrown.
 * `theme` and `compact` only count together with `embed`.
 */
import type { ResolvedTheme } from '../../state/theme';

export interface EmbedOptions {
  readonly embed: boolean;
  readonly compact: boolean;
  /** A theme the embedding page asked for; null follows the reader's choice or system. */
  readonly theme: ResolvedTheme | null;
}

/** The type of the message an embedded frame posts to its host page with its height (see useEmbed.ts, snippet.ts). */
export const HEIGHT_MESSAGE = 'scs-timeline:height';

export const NOT_EMBEDDED: EmbedOptions = { embed: false, compact: false, theme: null };

/** The query keys this module owns (removed again for "Open the full timeline"). */
export const EMBED_KEYS = ['embed', 'theme', 'compact'] as const;

const MAX_SEARCH_LENGTH = 2000;
const YES = new Set(['', '1', 'true', 'yes']);
const THEMES = new Set<ResolvedTheme>(['light', 'dark', 'contrast']);

export function readEmbedOptions(search: string): EmbedOptions {
  if (typeof search !== 'string' || search.length === 0) return NOT_EMBEDDED;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, MAX_SEARCH_LENGTH));
  } catch {
    return NOT_EMBEDDED;
  }
  const flag = (key: string) => {
    const value = params.get(key);
    return value !== null && YES.has(value.trim().toLowerCase());
  };
  if (!flag('embed')) return NOT_EMBEDDED;
  const theme = params.get('theme')?.trim().toLowerCase() ?? '';
  return {
    embed: true,
    compact: flag('compact'),
    theme: THEMES.has(theme as ResolvedTheme) ? (theme as ResolvedTheme) : null,
  };
}

/** The address of the same view without the embed options (for "Open the full timeline"). */
export function withoutEmbedOptions(href: string): string {
  try {
    const url = new URL(href);
    for (const key of EMBED_KEYS) url.searchParams.delete(key);
    return url.href;
  } catch {
    return href;
  }
}
