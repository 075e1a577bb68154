import { useEffect } from 'react';
import { HTML_LANG, type Lang } from './localize';
import { t } from './messages';

/**
 * Keeps the page's `<html lang>` ("en" or "zh-Hans": screen readers pick
 * their voice from it, browsers their fonts and line breaking) and the
 * document title in the interface language.
 */
export function useDocumentLang(lang: Lang, doc: Document = document): void {
  useEffect(() => {
    doc.documentElement.lang = HTML_LANG[lang];
    doc.title = t('appTitle', {}, lang);
  }, [lang, doc]);
}
