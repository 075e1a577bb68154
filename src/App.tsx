import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from './state/store';
import {
  selectDataset,
  selectEventsByDate,
  selectLoadError,
  selectSelectedEvent,
  selectStatus,
  selectView,
  selectVisibleEvents,
} from './state/selectors';
import { currentViewUrl, startUrlSync } from './state/urlSync';
import { Timeline } from './components/Timeline';
import { ListView } from './components/ListView';
import { DetailsPanel } from './components/DetailsPanel';
import { Legend } from './components/Legend';
import { SearchBox } from './components/SearchBox';
import { LiveRegion } from './components/LiveRegion';
import { LoadErrorPanel } from './components/LoadErrorPanel';
import { ViewSwitch } from './components/ViewSwitch';
import { t } from './i18n/messages';
import { doiUrl } from './data/urls';
import { PresentationView } from './modes/presentation/PresentationView';
import { PresentButton } from './modes/presentation/PresentButton';
import { TourPicker } from './modes/presentation/TourPicker';
import { readEmbedOptions } from './modes/embed/embedOptions';
import { EmbedButton } from './modes/embed/EmbedButton';
import { useEmbed } from './modes/embed/useEmbed';
import { OpenFullTimeline } from './modes/embed/OpenFullTimeline';
import { ThemeSwitch } from './components/ThemeSwitch';
import { ExportMenu } from './export/ExportMenu';
import { PrintView } from './export/PrintView';
import { ImportPanel, dropHandlers } from './components/ImportPanel';
import { ImportBanner } from './components/ImportBanner';
import { rememberedImport } from './state/importSlice';

/** Puts focus back on the event's mark (timeline) or row (list) after the details close. */
function focusEvent(id: string) {
  const target = document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${id.replace(/["\\]/g, '')}"]`);
  const focusable = target?.matches('button, [tabindex]') ? target : target?.querySelector<HTMLElement>('button');
  focusable?.focus({ preventScroll: false });
}

export function App() {
  const dataset = useStore(selectDataset);
  const visibleEvents = useStore(selectVisibleEvents);
  const allEvents = useStore(selectEventsByDate);
  const status = useStore(selectStatus);
  const loadError = useStore(selectLoadError);
  const view = useStore(selectView);
  const selected = useStore(selectSelectedEvent);
  const loadData = useStore((state) => state.loadData);
  const selectEvent = useStore((state) => state.selectEvent);
  const announce = useStore((state) => state.announce);
  const pageUrl = useStore((state) => currentViewUrl(state));
  const mode = useStore((state) => state.mode);
  const embed = useMemo(() => readEmbedOptions(window.location.search), []);
  useEmbed(embed);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastSelected = useRef<string | null>(null);

  // First the SCS data (so there is always something to go back to), then a ?data= link or the
  // import remembered from the last visit. The address is read only once that is settled.
  const [startupDone, setStartupDone] = useState(false);
  useEffect(() => {
    if (useStore.getState().status !== 'idle') {
      setStartupDone(true);
      return;
    }
    void (async () => {
      await loadData();
      const dataUrl = new URLSearchParams(window.location.search).get('data');
      const remembered = dataUrl ? null : rememberedImport();
      if (dataUrl) await useStore.getState().importFromUrl(dataUrl);
      else if (remembered) useStore.getState().importText(remembered.text, remembered.name);
      setStartupDone(true);
    })();
  }, [loadData]);

  useEffect(() => {
    if (!dataset || !startupDone) return;
    return startUrlSync(useStore);
  }, [dataset, startupDone]);

  const [dropActive, setDropActive] = useState(false);
  const drop = dropHandlers(setDropActive);

  // Opening the details moves focus to their title (and says what opened); closing returns it to the mark.
  useEffect(() => {
    const previous = lastSelected.current;
    lastSelected.current = selected?.id ?? null;
    if (selected && selected.id !== previous) {
      headingRef.current?.focus({ preventScroll: true });
      headingRef.current?.scrollIntoView?.({ block: 'nearest' });
    } else if (!selected && previous) {
      focusEvent(previous);
    }
  }, [selected]);

  const closeDetails = useCallback(() => {
    selectEvent(null);
    announce(t('detailsClosed'));
  }, [selectEvent, announce]);

  const order = visibleEvents.some((e) => e.id === selected?.id) ? visibleEvents : allEvents;
  const index = selected ? order.findIndex((e) => e.id === selected.id) : -1;
  const previous = index > 0 ? order[index - 1] : undefined;
  const next = index >= 0 && index < order.length - 1 ? order[index + 1] : undefined;

  const source = dataset?.source;
  if (dataset && mode === 'present') {
    return (
      <main className={embed.embed ? 'app presenting embed' : 'app presenting'}>
        <PresentationView dataset={dataset} />
        <LiveRegion />
      </main>
    );
  }
  return (
    <main className={`${embed.embed ? `app embed${embed.compact ? ' compact' : ''}` : 'app'}${dropActive ? ' drop-active' : ''}`} {...(embed.embed ? {} : drop)}>
      <figure className="timeline-figure" aria-busy={status === 'loading'}>
        <figcaption>
          <h1>{t('appTitle')}</h1>
          {embed.embed && dataset && <OpenFullTimeline />}
          <p className="takeaway">{t('takeaway')}</p>
          <p className="how-to-read">{t('howToRead')}</p>
        </figcaption>
        {status === 'loading' && !dataset && <p role="status">{t('loading')}</p>}
        {loadError && <LoadErrorPanel message={loadError.message} problems={loadError.problems} onRetry={() => void loadData()} />}
        {dataset && (
          <>
            <div className="controls">
              <SearchBox />
              <ViewSwitch />
              <div className="actions" role="group" aria-label={t('actionsLabel')}>
                <PresentButton />
                <TourPicker />
                <ExportMenu />
                {!embed.embed && <EmbedButton />}
                {!embed.embed && <ImportPanel />}
                <ThemeSwitch />
              </div>
            </div>
            <ImportBanner />
            <div className={`workspace${selected ? ' with-details' : ''}`}>
              <div className="workspace-main">
                {visibleEvents.length === 0 && <p className="empty">{t('noEventsShown')}</p>}
                {view === 'list' ? (
                  <>
                    <Legend />
                    <ListView />
                  </>
                ) : (
                  <Timeline dataset={dataset} events={visibleEvents} toolbar={<Legend />} />
                )}
              </div>
              {selected && (
                <div
                  className="workspace-details"
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.preventDefault();
                      closeDetails();
                    }
                  }}
                >
                  <DetailsPanel
                    ref={headingRef}
                    event={selected}
                    dataset={dataset}
                    pageUrl={pageUrl}
                    onClose={closeDetails}
                    onPrevious={previous ? () => selectEvent(previous.id) : undefined}
                    onNext={next ? () => selectEvent(next.id) : undefined}
                  />
                </div>
              )}
            </div>
          </>
        )}
      </figure>
      <LiveRegion />
      <PrintView />
      {source && (
        <footer className="credit">
          {t('sourceCredit', {
            authors: source.authors?.join(', ') ?? '',
            year: source.year ?? '',
            title: source.title,
            journal: source.journal ?? '',
            volume: source.volume ?? '',
            issue: source.issue ?? '',
          })}{' '}
          {source.doi && <a href={doiUrl(source.doi)}>doi:{source.doi}</a>}
        </footer>
      )}
    </main>
  );
}
