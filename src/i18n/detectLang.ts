/**
 * Which language the interface starts in: `?lang=zh|en` in the address wins
 * (a shared link or an embed), then the choice remembered in this browser,
 * then the browser's preferred languages (the first English or Chinese one;
 * any `zh*` is Chinese), else English. Pure: the caller passes what it read.
 */
import type { Lang } from './localize';

/** "zh", "zh-CN", "zh-Hans", "ZH_tw" → zh; "en", "en-GB" → en; anything else → null. */
export function parseLang(value: unknown): Lang | null {
  if (typeof value !== 'string') return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : primary === 'en' ? 'en' : null;
}

/** The `lang` query parameter of a search string, if it names a language we have. */
export function langFromSearch(search: string): Lang | null {
  try {
    return parseLang(new URLSearchParams(search.slice(0, 2000)).get('lang'));
  } catch {
    return null;
  }
}

export interface LangSources {
  /** The address's query string (`location.search`). */
  readonly search?: string;
  /** The remembered choice, as stored (may be anything). */
  readonly stored?: string | null;
  /** `navigator.languages` (or `[navigator.language]`). */
  readonly languages?: readonly string[];
}

export function detectLang({ search = '', stored = null, languages = [] }: LangSources): Lang {
  const fromLink = langFromSearch(search);
  if (fromLink) return fromLink;
  const remembered = parseLang(stored);
  if (remembered) return remembered;
  for (const language of languages) {
    const lang = parseLang(language);
    if (lang) return lang;
  }
  return 'en';
}

/** The same address with `?lang=` set (the hash and other parameters kept), so a link reopens this language. */
export function withLang(href: string, lang: Lang): string {
  try {
    const url = new URL(href);
    url.searchParams.set('lang', lang);
    return url.href;
  } catch {
    return href;
  }
}
