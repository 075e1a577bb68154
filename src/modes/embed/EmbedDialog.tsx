import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../data/schema';
import type { Theme } from '../../state/store';
import { formatDateShort } from '../../data/formatDate';
import { compareDates, parseDate } from '../../data/dates';
import { THEME_LABELS, THEMES } from '../../state/theme';
import { LANG_NAMES, LANGS, t, type Lang } from '../../i18n/messages';
import { matchingTour, playableTours, tourEventIds } from '../presentation/tours';
import { HTML_LANG } from '../../i18n/localize';
import { parseLang } from '../../i18n/detectLang';
import { clampHeight, embedSnippet, embedSrc, HOST_SCRIPT, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT, type EmbedChoices } from './snippet';
import './EmbedDialog.css';
import '../../i18n/messagesLater';

// For EmbedButton, which has the rest of the choices before this module arrives.
export { DEFAULT_EMBED_HEIGHT, pageAddress } from './snippet';

interface EmbedDialogProps {
  dataset: Dataset;
  /** The choices it opens with (the current selection and visible categories). */
  initial: EmbedChoices;
  /** The page's address without query or hash: the iframe's src starts with it. */
  page: string;
  /** Called once the dialog has closed (Esc, the Close button). */
  onClose: () => void;
}

/**
 * A modal (native <dialog>, showModal) that builds the iframe snippet from a
 * few choices and copies it in one click. The snippet is text in a read-only
 * textarea, never markup in this page.
 */
export function EmbedDialog({ dataset, initial, page, onClose }: EmbedDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [event, setEvent] = useState(initial.event ?? '');
  const [categories, setCategories] = useState<readonly string[]>(initial.categories);
  const [theme, setTheme] = useState<Theme>(initial.theme);
  const [compact, setCompact] = useState(initial.compact);
  const [lang, setLang] = useState<Lang | null>(initial.lang ?? null);
  const tours = useMemo(() => playableTours(dataset), [dataset]);
  const [tourId, setTourId] = useState(() => matchingTour(dataset, initial.tour ?? null)?.id ?? '');
  const [literature, setLiterature] = useState(initial.literature ?? false);
  const [bySection, setBySection] = useState(initial.bySection ?? false);
  const [height, setHeight] = useState(String(initial.height));
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ids = { title: useId(), intro: useId(), event: useId(), tour: useId(), theme: useId(), lang: useId(), height: useId(), heightHint: useId(), code: useId(), fit: useId() };

  const events = useMemo(
    () =>
      [...dataset.events].sort((a, b) => {
        const da = parseDate(a.start);
        const db = parseDate(b.start);
        return (da && db ? compareDates(da, db) : 0) || a.id.localeCompare(b.id);
      }),
    [dataset.events],
  );
  const allCategories = useMemo(() => dataset.categories.map((c) => c.id), [dataset.categories]);
  const tour = tours.find((candidate) => candidate.id === tourId);
  const choices: EmbedChoices = { event: event || null, categories, theme, compact, height: clampHeight(height), lang, tour: tour ? tourEventIds(tour) : null, literature, bySection };
  // The frame's title in the language it will show (the page's when the visitor's browser decides).
  const snippet = embedSnippet(embedSrc(page, choices, allCategories), t('appTitle', {}, lang ?? undefined), choices.height);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // showModal focuses the first control; make sure of it where a browser does not.
    if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('select, input, textarea, button')?.focus();
  }, []);

  // A new snippet: whatever was copied is no longer what is shown.
  useEffect(() => setCopy((state) => (state === 'copied' ? 'idle' : state)), [snippet]);

  const close = () => {
    const dialog = ref.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };

  const copyCode = async () => {
    try {
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard || typeof clipboard.writeText !== 'function') throw new Error('clipboard unavailable');
      await clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      setCopy('failed');
      codeRef.current?.focus();
      codeRef.current?.select();
    }
  };

  const toggleCategory = (id: string, on: boolean) =>
    setCategories((current) => (on ? allCategories.filter((c) => c === id || current.includes(c)) : current.filter((c) => c !== id)));

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={ids.title} aria-describedby={ids.intro} onClose={onClose} onKeyDown={onKeyDown}>
      <h2 id={ids.title} className="embed-dialog-title">
        {t('embedDialogTitle')}
      </h2>
      <p id={ids.intro}>{t('embedDialogIntro')}</p>
      <div className="embed-fields">
        <div className="embed-field">
          <label htmlFor={ids.event}>{t('embedEvent')}</label>
          <select id={ids.event} className="embed-event" value={event} onChange={(e) => setEvent(e.target.value)}>
            <option value="">{t('embedEventNone')}</option>
            {events.map((ev) => (
              <option key={ev.id} value={ev.id}>
                {`${formatDateShort(ev.start, ev.end, ev.approximate)} · ${ev.title}`}
              </option>
            ))}
          </select>
        </div>
        {tours.length > 0 && (
          <div className="embed-field">
            <label htmlFor={ids.tour}>{t('embedTour')}</label>
            <select id={ids.tour} value={tourId} onChange={(e) => setTourId(e.target.value)}>
              <option value="">{t('embedTourNone')}</option>
              {tours.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <label className="embed-check">
          <input type="checkbox" checked={literature} onChange={(e) => setLiterature(e.target.checked)} /> {t('embedLiterature')}
        </label>
        <label className="embed-check">
          <input type="checkbox" checked={bySection} onChange={(e) => setBySection(e.target.checked)} /> {t('embedBySection')}
        </label>
        <fieldset className="embed-categories">
          <legend>{t('embedCategories')}</legend>
          {dataset.categories.map((category) => (
            <label key={category.id} className="embed-check">
              <input type="checkbox" checked={categories.includes(category.id)} onChange={(e) => toggleCategory(category.id, e.target.checked)} />{' '}
              {category.label}
            </label>
          ))}
          {categories.length === 0 && <p className="embed-warning">{t('embedNoCategory')}</p>}
        </fieldset>
        <div className="embed-field">
          <label htmlFor={ids.theme}>{t('embedTheme')}</label>
          <select id={ids.theme} value={theme} onChange={(e) => setTheme((THEMES.find((th) => th === e.target.value) ?? 'system') as Theme)}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(THEME_LABELS[th])}
              </option>
            ))}
          </select>
        </div>
        <div className="embed-field">
          <label htmlFor={ids.lang}>{t('embedLanguage')}</label>
          <select id={ids.lang} value={lang ?? ''} onChange={(e) => setLang(parseLang(e.target.value))}>
            <option value="">{t('embedLanguageBrowser')}</option>
            {LANGS.map((option) => (
              <option key={option} value={option} lang={HTML_LANG[option]}>
                {LANG_NAMES[option]}
              </option>
            ))}
          </select>
        </div>
        <label className="embed-check">
          <input type="checkbox" checked={compact} onChange={(e) => setCompact(e.target.checked)} /> {t('embedCompact')}
        </label>
        <div className="embed-field">
          <label htmlFor={ids.height}>{t('embedHeight')}</label>
          <input
            id={ids.height}
            type="number"
            inputMode="numeric"
            min={MIN_EMBED_HEIGHT}
            max={MAX_EMBED_HEIGHT}
            step={10}
            value={height}
            aria-describedby={ids.heightHint}
            onChange={(e) => setHeight(e.target.value)}
          />
          <span id={ids.heightHint} className="embed-hint">
            {t('embedHeightHint', { min: MIN_EMBED_HEIGHT, max: MAX_EMBED_HEIGHT })}
          </span>
        </div>
      </div>
      <label htmlFor={ids.code} className="embed-code-label">
        {t('embedCode')}
      </label>
      <textarea id={ids.code} ref={codeRef} className="embed-code" readOnly rows={4} value={snippet} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-buttons">
        <button type="button" onClick={() => void copyCode()}>
          {t('embedCopy')}
        </button>
        <button type="button" onClick={close}>
          {t('embedClose')}
        </button>
      </div>
      <p role="status" className={copy === 'failed' ? 'embed-status embed-status-failed' : 'embed-status'}>
        {copy === 'copied' ? t('embedCopied') : copy === 'failed' ? t('embedCopyFailed') : ''}
      </p>
      <details className="embed-fit">
        <summary>{t('embedFitTitle')}</summary>
        <p>{t('embedFitIntro')}</p>
        <label htmlFor={ids.fit} className="embed-code-label">
          {t('embedFitCode')}
        </label>
        <textarea id={ids.fit} className="embed-code" readOnly rows={6} value={HOST_SCRIPT} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      </details>
    </dialog>
  );
}
