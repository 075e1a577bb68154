import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../data/schema';
import { useStore } from '../../state/store';
import { selectLang, selectSelectedId } from '../../state/selectors';
import { textLang } from '../../i18n/localizeDataset';
import { timelineBounds } from '../../timeline/bounds';
import { spanOf } from '../../timeline/viewport';
import { CategorySymbol } from '../../components/CategorySymbol';
import { t } from '../../i18n/messages';
import { inLang, tParts } from '../../i18n/tParts';
import { currentIndex, selectPresentationSequence, slideAnnouncement, slideDate, sourceLine, worksText } from './sequence';
import { useFollowWindow, windowForEvent } from './useFollowWindow';
import { focusEventSoon } from './focusEvent';
import { TimelineStrip } from './TimelineStrip';
import { isTextEntry } from './keys';
import { selectDataTour } from './tours';
import { TourPicker } from './TourPicker';
import './Presentation.css';
import '../../i18n/messagesLater';

const noop = () => undefined;

function canFullScreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';
}

/** Leaves full screen if the page is in it; a refusal is not an error worth showing. */
function exitFullScreen() {
  try {
    if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(noop);
  } catch {
    // Nothing to do: the page simply stays as it is.
  }
}

/**
 * Presentation mode: one event per slide, full page, for a classroom
 * projector. The slide is the selected event (so the address and Back follow
 * each step); a short timeline strip below moves to it. Keys work anywhere
 * but in form fields: → ← Space PageDown PageUp Home End, and Esc leaves on
 * the same event, with focus back on its mark.
 */
export function PresentationView({ dataset }: { dataset: Dataset }) {
  const sequence = useStore(selectPresentationSequence);
  const selectedId = useStore(selectSelectedId);
  const selectEvent = useStore((s) => s.selectEvent);
  const setMode = useStore((s) => s.setMode);
  const announce = useStore((s) => s.announce);
  const dataTour = useStore(selectDataTour);
  const lang = useStore(selectLang);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const bounds = useMemo(() => timelineBounds(dataset), [dataset]);
  const index = currentIndex(sequence, selectedId);
  const event = index >= 0 ? sequence[index] : undefined;
  const total = sequence.length;
  useFollowWindow(event, bounds);

  const go = useCallback(
    (next: number) => {
      const target = sequence[Math.max(0, Math.min(sequence.length - 1, next))];
      if (target && target.id !== event?.id) selectEvent(target.id);
    },
    [sequence, event, selectEvent],
  );

  const leave = useCallback(() => {
    exitFullScreen();
    if (event) {
      // The timeline opens where the slide was, without waiting for a move in progress.
      const window = windowForEvent(event, bounds);
      if (window) useStore.getState().setWindow(spanOf(window) >= spanOf(bounds) - 1 ? null : window);
      if (useStore.getState().selectedId !== event.id) selectEvent(event.id);
    }
    setMode('browse');
    if (event) focusEventSoon(event.id);
  }, [event, bounds, selectEvent, setMode]);

  // The keys, on the whole page: presentation mode is the whole page.
  const keys = useRef<(e: KeyboardEvent) => void>(noop);
  keys.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target)) return;
    switch (e.key) {
      case 'ArrowRight':
      case 'PageDown':
        go(index + 1);
        break;
      case 'ArrowLeft':
      case 'PageUp':
        go(index - 1);
        break;
      case ' ':
      case 'Spacebar':
        go(e.shiftKey ? index - 1 : index + 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(total - 1);
        break;
      case 'Escape':
        leave();
        break;
      default:
        return;
    }
    e.preventDefault();
  };
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => keys.current(e);
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Each slide is announced briefly (not read out whole); focus starts on the first slide's title.
  useEffect(() => {
    if (event) announce(slideAnnouncement(event, index, total));
  }, [event, index, total, announce]);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  const [fullScreen, setFullScreen] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));
  const fullScreenAvailable = useMemo(canFullScreen, []);
  useEffect(() => {
    const update = () => setFullScreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => {
      document.removeEventListener('fullscreenchange', update);
      exitFullScreen();
    };
  }, []);
  const toggleFullScreen = () => {
    try {
      if (document.fullscreenElement) exitFullScreen();
      // Frames and some browsers refuse: the presentation still fills the page.
      else void document.documentElement.requestFullscreen().catch(noop);
    } catch {
      // Refused synchronously: the same.
    }
  };

  const categoryIndex = event ? dataset.categories.findIndex((c) => c.id === event.category) : -1;
  const category = categoryIndex >= 0 ? dataset.categories[categoryIndex] : undefined;
  const source = event ? sourceLine(event, dataset) : null;
  const credit = dataset.source;
  // A data tour's steps line up with the sequence (same ids, same order): the step's caption goes with its slide.
  const step = dataTour && index >= 0 ? dataTour.steps[index] : undefined;
  const caption = step?.caption.trim();

  return (
    <div className="presentation">
      <header className="presentation-bar">
        <div className="presentation-credit">
          <h1 className="presentation-app">{t('appTitle')}</h1>
          {credit.authors && credit.authors.length > 0 && (
            <p className="presentation-after">
              {t('presentCredit', {
                authors: credit.authors.map((a) => a.split(',')[0]?.trim() ?? a).join(', '),
                year: credit.year ?? '',
                journal: credit.journal ?? '',
                volume: credit.volume ?? '',
                issue: credit.issue ?? '',
              })}
            </p>
          )}
        </div>
        {dataTour ? (
          // The tour's title takes the place of the key hint (the keys are on the buttons too).
          <p className="presentation-tour">{tParts('tourPlaying', { title: inLang(dataTour.title, textLang(dataTour, 'title', lang)) })}</p>
        ) : (
          <p className="presentation-keys">{t('presentKeys')}</p>
        )}
        {event && (
          <p className="presentation-progress">
            <span aria-hidden="true">{t('presentProgress', { current: index + 1, total })}</span>
            <span className="visually-hidden">{t('presentProgressLabel', { current: index + 1, total })}</span>
          </p>
        )}
        <div className="presentation-tools">
          <TourPicker />
          {fullScreenAvailable && (
            <button type="button" onClick={toggleFullScreen}>
              {t(fullScreen ? 'presentLeaveFullScreen' : 'presentFullScreen')}
            </button>
          )}
          <button type="button" onClick={leave} aria-keyshortcuts="Escape">
            {t('presentExit')}
          </button>
        </div>
      </header>

      <div className="presentation-stage">
        {event && source ? (
          <article className={caption ? 'slide with-caption' : 'slide'} data-event-id={event.id} aria-labelledby={headingId}>
            <p className="slide-date">{slideDate(event)}</p>
            <h2 id={headingId} ref={headingRef} tabIndex={-1} className="slide-title" lang={textLang(event, 'title', lang)}>
              {event.title}
            </h2>
            {category && (
              <p className="slide-category">
                <CategorySymbol index={categoryIndex} size={22} />
                <span lang={textLang(category, 'label', lang)}>{category.label}</span>
              </p>
            )}
            {caption && (
              <p className="slide-caption" lang={step ? textLang(step, 'caption', lang) : undefined}>
                {caption}
              </p>
            )}
            {event.summary.trim() && (
              <p className="slide-summary" lang={textLang(event, 'summary', lang)}>
                {event.summary}
              </p>
            )}
            <p className="slide-source">
              <span className="slide-footnotes">{source.where}</span>
              {source.works.length > 0 && ` — ${worksText(source)}`}
            </p>
          </article>
        ) : (
          <p className="slide-empty">{t('presentEmpty')}</p>
        )}
      </div>

      <footer className="presentation-nav">
        <button type="button" className="presentation-previous" aria-disabled={index <= 0} onClick={() => go(index - 1)} aria-keyshortcuts="ArrowLeft PageUp">
          <span aria-hidden="true">← </span>
          {t('presentPrevious')}
        </button>
        <TimelineStrip dataset={dataset} events={sequence} currentId={event?.id ?? null} bounds={bounds} />
        <button type="button" className="presentation-next" aria-disabled={index < 0 || index >= total - 1} onClick={() => go(index + 1)} aria-keyshortcuts="ArrowRight PageDown">
          {t('presentNext')}
          <span aria-hidden="true"> →</span>
        </button>
      </footer>
    </div>
  );
}
