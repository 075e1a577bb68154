/**
 * Colour themes: light, dark and high contrast, or "system", which follows
 * prefers-color-scheme (and prefers-contrast: more → high contrast). The
 * resolved theme is set as `data-theme` on <html>; styles.css holds the
 * colours of each. The choice is remembered where storage allows.
 */
import type { Theme } from './store';
import { readSetting, writeSetting } from './storage';
import type { MessageKey } from '../i18n/messages';

export type { Theme };
export type ResolvedTheme = Exclude<Theme, 'system'>;

export const THEME_KEY = 'scs-timeline:theme';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'contrast'];

/** The name of each choice, for the theme switch and the embed dialog. */
export const THEME_LABELS: Record<Theme, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  contrast: 'themeContrast',
};

/** A theme name, or null for anything else (never throws). */
export function parseTheme(value: unknown): Theme | null {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value) ? (value as Theme) : null;
}

/** The remembered theme, or null (nothing stored, storage blocked, or garbage stored). */
export function storedTheme(): Theme | null {
  return parseTheme(readSetting(THEME_KEY));
}

export function rememberTheme(theme: Theme): void {
  writeSetting(THEME_KEY, theme);
}

type MatchMedia = (query: string) => { matches: boolean };

function defaultMatchMedia(): MatchMedia | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? (query) => window.matchMedia(query) : null;
}

export const SYSTEM_QUERIES = ['(prefers-contrast: more)', '(prefers-color-scheme: dark)'] as const;

/** The theme the system asks for: high contrast, then dark, else light. */
export function systemTheme(matchMedia: MatchMedia | null = defaultMatchMedia()): ResolvedTheme {
  if (!matchMedia) return 'light';
  try {
    if (matchMedia('(prefers-contrast: more)').matches) return 'contrast';
    if (matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  } catch {
    // A browser without these queries gets the light theme.
  }
  return 'light';
}

export function resolveTheme(theme: Theme, matchMedia?: MatchMedia | null): ResolvedTheme {
  return theme === 'system' ? systemTheme(matchMedia) : theme;
}

/** Sets `data-theme` on the root element (styles.css picks the colours from it). */
export function applyTheme(theme: ResolvedTheme, root: HTMLElement = document.documentElement): void {
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
}
