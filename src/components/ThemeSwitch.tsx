import { useId } from 'react';
import { useStore } from '../state/store';
import { parseTheme, rememberTheme, THEME_LABELS, THEMES } from '../state/theme';
import { t } from '../i18n/messages';
import './ThemeSwitch.css';

/**
 * Light, dark, high contrast, or the system's choice: a labelled select.
 * The choice is remembered where storage allows (useEmbed applies it).
 */
export function ThemeSwitch() {
  const theme = useStore((state) => state.theme);
  const setTheme = useStore((state) => state.setTheme);
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t('themeLabel')}</label>
      <select
        id={id}
        value={theme}
        onChange={(e) => {
          const next = parseTheme(e.target.value);
          if (!next) return;
          setTheme(next);
          rememberTheme(next);
        }}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(THEME_LABELS[option])}
          </option>
        ))}
      </select>
    </div>
  );
}
