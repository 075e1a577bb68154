/**
 * The interface language, English or Simplified Chinese. It starts as
 * detectLang says (`?lang=` in the address, a remembered choice, the
 * browser's languages); `setLang` switches it, remembers the choice where
 * storage allows, and writes `?lang=` into the address (replaceState), so a
 * link or a reload reopens the same language. `t()` reads it from here
 * (setLangSource), and `useDocumentLang` keeps `<html lang>` and the title
 * in step.
 *
 * The Chinese texts are a chunk of their own (i18n/packs.ts): `lang` turns
 * to 'zh' only once it has arrived, so nothing is ever shown half in one
 * language; a page that starts in Chinese waits for it (`whenLangReady`,
 * main.tsx).
 */
import type { StateCreator } from 'zustand';
import { setLangSource, type Lang } from '../i18n/messages';
import { isLangReady, loadLangPack } from '../i18n/packs';
import { detectLang, langFromSearch, parseLang, withLang } from '../i18n/detectLang';
import { readSetting, writeSetting } from './storage';
import type { StoreState } from './store';

export const LANG_KEY = 'scs-timeline:lang';

export interface LangSlice {
  /** The interface language. */
  lang: Lang;
  /** Switches the interface language (remembered, and kept in the address) once its texts are here; false if they could not be loaded (offline). */
  setLang: (lang: Lang) => Promise<boolean>;
}

type Slice<T> = StateCreator<StoreState, [], [], T>;

/** The language the page starts in, from the browser's address, storage and preferences. */
export function initialLang(): Lang {
  if (typeof window === 'undefined') return 'en';
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return detectLang({
    search: window.location.search,
    stored: readSetting(LANG_KEY),
    languages: nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [],
  });
}

/** The language the reader chose (in the address or remembered), or null when the browser's preferences decide. */
export function chosenLang(): Lang | null {
  if (typeof window === 'undefined') return null;
  return langFromSearch(window.location.search) ?? parseLang(readSetting(LANG_KEY));
}

/** Puts `?lang=` into the address without a new history entry; a frame that refuses keeps its address. */
function keepLangInAddress(lang: Lang): void {
  if (typeof window === 'undefined') return;
  const next = withLang(window.location.href, lang);
  if (next === window.location.href) return;
  try {
    window.history.replaceState(window.history.state, '', next);
  } catch {
    // A sandboxed frame may refuse; the language still switches.
  }
}

let startup: Promise<unknown> = Promise.resolve();

/** Resolves once the language the page starts in can be shown (at once in English; never rejects). */
export function whenLangReady(): Promise<void> {
  return startup.then(() => undefined);
}

export const createLangSlice: Slice<LangSlice> = (set, get) => {
  setLangSource(() => (get() as StoreState | undefined)?.lang ?? 'en');
  // The latest request wins: a quick English → 中文 → English ends in English.
  let latest = 0;
  const switchTo = async (lang: Lang): Promise<boolean> => {
    const request = ++latest;
    const ready = await loadLangPack(lang);
    if (!ready || request !== latest) return false;
    if (get().lang !== lang) set({ lang });
    return true;
  };
  const wanted = initialLang();
  if (!isLangReady(wanted)) startup = switchTo(wanted);
  return {
    lang: isLangReady(wanted) ? wanted : 'en',
    setLang: async (lang) => {
      const switched = await switchTo(lang);
      if (switched) {
        writeSetting(LANG_KEY, lang);
        keepLangInAddress(lang);
      }
      return switched;
    },
  };
};
