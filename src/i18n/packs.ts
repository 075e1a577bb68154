/**
 * The Chinese interface as a chunk of its own, loaded when a page turns
 * Chinese: its messages (zh.ts), the rules that put validation problems into
 * Chinese (problems.ts) and date-fns's zh-CN locale. English readers never
 * download it. Until it has arrived, `t()` and the formatters speak English;
 * the store switches `lang` only once it is here (langSlice.ts), and a page
 * that starts in Chinese waits for it before its first render (main.tsx).
 *
 * A registry, not module state anyone writes to at will: `loadLangPack` is
 * the one way in. Pure lookups; no React, no store.
 */
import type { Locale } from 'date-fns';
// en-GB names its months with en-US's `localize` (date-fns/locale/en-GB.js). The locale object would
// also bring its parsers and relative-time phrases, 1.5 kB of gzip the first load never uses;
// the package exports no smaller entry, hence the path. Tests hold the names to date-fns's enGB.
import { localize } from '../../node_modules/date-fns/locale/en-US/_lib/localize.js';
import type { Lang } from './localize';
import type { Messages } from './messages';

/** What our date patterns need of a date-fns locale (datePattern.ts): its month names. */
export type DateLocale = Pick<Locale, 'code' | 'localize'>;

const enGB: DateLocale = { code: 'en-GB', localize };

export interface LangPack {
  readonly messages: Messages;
  readonly dateLocale: DateLocale;
  /** The sentence in this language, or null when no rule knows it (see problems.ts). */
  readonly translateProblem: (english: string) => string | null;
  /** Where a problem is, in this language ("line 5" → "第 5 行"; JSON paths stay). */
  readonly problemPath: (english: string) => string;
}

const packs: Partial<Record<Lang, LangPack>> = {};
const loading: Partial<Record<Lang, Promise<boolean>>> = {};

/** The language's pack once it has loaded; English has none (it is built in). */
export function langPack(lang: Lang): LangPack | undefined {
  return packs[lang];
}

/**
 * The date-fns locale of a language: en-GB ("26 March 1990"), or zh-CN once
 * the Chinese pack is here. The Chinese date patterns are numeric with quoted
 * 年月日, so they read the same under either.
 */
export function dateLocale(lang: Lang): DateLocale {
  return langPack(lang)?.dateLocale ?? enGB;
}

/** Whether the interface can be shown in `lang` now. */
export function isLangReady(lang: Lang): boolean {
  return lang === 'en' || packs[lang] !== undefined;
}

/** Loads a language's pack (once); resolves to whether it is there (false when offline: try again later). */
export function loadLangPack(lang: Lang): Promise<boolean> {
  if (isLangReady(lang)) return Promise.resolve(true);
  return (loading[lang] ??= import('./zhPack').then(
    (module) => {
      packs[lang] = module.zhPack;
      return true;
    },
    () => {
      delete loading[lang];
      return false;
    },
  ));
}
