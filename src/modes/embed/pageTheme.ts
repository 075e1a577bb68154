import { useLayoutEffect } from 'react';
import type { EmbedOptions } from './embedOptions';
import { useStore } from '../../state/store';
import { applyTheme, resolveTheme, storedTheme, SYSTEM_QUERIES } from '../../state/theme';

/**
 * The colour theme of every page, embedded or not (called once by App): `?theme=` in an embed,
 * else the remembered choice, else the system's; applied as `data-theme` on <html>, following
 * the system live while the choice is "system". Kept apart from the embed-only code (useEmbed.ts),
 * which a page that is not embedded never fetches.
 */
export function usePageTheme(override: EmbedOptions['theme']): void {
  const theme = useStore((state) => state.theme);
  const setTheme = useStore((state) => state.setTheme);

  // Once: the embedding page's theme, else the reader's remembered one.
  useLayoutEffect(() => {
    const initial = override ?? storedTheme();
    if (initial && useStore.getState().theme !== initial) setTheme(initial);
  }, [override, setTheme]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    const apply = () => applyTheme(resolveTheme(theme), root);
    apply();
    if (theme !== 'system' || typeof window.matchMedia !== 'function') return;
    const lists = SYSTEM_QUERIES.map((query) => window.matchMedia(query));
    for (const list of lists) list.addEventListener?.('change', apply);
    return () => {
      for (const list of lists) list.removeEventListener?.('change', apply);
    };
  }, [theme]);
}
