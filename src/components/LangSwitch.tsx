import { useStore } from '../state/store';
import { selectLang } from '../state/selectors';
import { LANG_NAMES, LANGS, t, type Lang } from '../i18n/messages';
import { HTML_LANG } from '../i18n/localize';
import './LangSwitch.css';

/**
 * English or 中文: two toggle buttons in a labelled group (pressed = the
 * language shown), each named in its own language and read in its own voice
 * (`lang` on the button). The choice is remembered and kept in the address
 * (langSlice), and the change is announced, in the new language.
 */
export function LangSwitch() {
  const lang = useStore(selectLang);
  const setLang = useStore((s) => s.setLang);
  const announce = useStore((s) => s.announce);
  const choose = (next: Lang) => {
    if (next === lang) return;
    void setLang(next).then((switched) => {
      if (switched) announce(t('langAnnounce', {}, next));
    });
  };
  return (
    <div className="lang-switch" role="group" aria-label={t('langLabel')}>
      {LANGS.map((option) => (
        <button key={option} type="button" lang={HTML_LANG[option]} aria-pressed={option === lang} onClick={() => choose(option)}>
          {LANG_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
