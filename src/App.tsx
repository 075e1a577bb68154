import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from './state/store';
import {
  selectDataset,
  selectEventsByDate,
  selectLang,
  selectLoadError,
  selectSelectedEvent,
  selectStatus,
  selectView,
  selectVisibleEvents,
} from './state/selectors';
import { currentViewUrl, startUrlSync } from './state/urlSync';
import { decodeUrlState } from './state/urlState';
import { Timeline } from './components/Timeline';
import { Legend } from './components/Legend';
import { SearchBox } from './components/SearchBox';
import { LiveRegion } from './components/LiveRegion';
import { LoadErrorPanel } from './components/LoadErrorPanel';
import { ViewSwitch } from './components/ViewSwitch';
import { sourceCreditParts, t } from './i18n/messages';
import { inLang, tParts } from './i18n/tParts';
import { englishText } from './i18n/localizeDataset';
import { useDocumentLang } from './i18n/useDocumentLang';
import { LangSwitch } from './components/LangSwitch';
import { MoreActions } from './components/MoreActions';
import { doiUrl } from './data/urls';
import { PresentButton } from './modes/presentation/PresentButton';
import { TourPicker } from './modes/presentation/TourPicker';
import { readEmbedOptions, type EmbedOptions } from './modes/embed/embedOptions';
import { EmbedButton } from './modes/embed/EmbedButton';
import { usePageTheme } from './modes/embed/pageTheme';
import { embeddedParts } from './modes/embed/beforeFirstRender';
import { ThemeSwitch } from './components/ThemeSwitch';
import { ExportMenu } from './export/ExportMenu';
import { LazyPrintView } from './export/LazyPrintView';
import { LazyPart } from './components/LazyPart';
import { lazyModule, whenIdle } from './lazyModule';
import { DETAILS_HEADING_ID } from './components/detailsIds';
import { useFocusOnArrival } from './components/useFocusOnArrival';
import { ImportPanel, dropHandlers, importUi } from './components/ImportPanel';
import { ImportBanner } from './components/ImportBanner';
import { IMPORT_KEY } from './state/importSlice';
import { readSetting } from './state/storage';
import { startUp, startUpSettled } from './state/startup';
import { SelectedWork } from './literature/SelectedWork';
import { detailsPanel } from './components/detailsPanelModule';

/** Presentation mode, loaded the first time it starts. */
const presentationView = lazyModule(() => import('./modes/presentation/PresentationView'));
/** The table view, fetched when it is first shown. */
const listView = lazyModule(() => import('./components/ListView'));

/** Puts focus back on the event's mark (timeline) or row (list) after the details close. */
function focusEvent(id: string) {
  const target = document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${id.replace(/["\\]/g, '')}"]`);
  const focusable = target?.matches('button, [tabindex]') ? target : target?.querySelector<HTMLElement>('button');
  focusable?.focus({ preventScroll: false });
}

/** What only an embedded page runs (embedded.ts). */
type EmbeddedParts = NonNullable<ReturnType<typeof embeddedParts.current>>;

export function App() {
  const embed = useMemo(() => readEmbedOptions(window.location.search), []);
  if (!embed.embed) return <Page embed={embed} embedded={null} />;
  // An embedded page is drawn embedded from its first frame: its code is there before the first render
  // (main.tsx waits for beforeFirstRender), or, if it is not, the page waits for it, and says so if it
  // cannot be fetched, rather than drawing the page unembedded meanwhile.
  return (
    <LazyPart module={embeddedParts}>
      {(parts) => (
        <>
          <parts.EmbedFrame options={embed} />
          <Page embed={embed} embedded={parts} />
        </>
      )}
    </LazyPart>
  );
}

function Page({ embed, embedded }: { embed: EmbedOptions; embedded: EmbeddedParts | null }) {
  // Every text below is in this language: a switch re-renders the whole page (t() reads the store).
  const lang = useStore(selectLang);
  useDocumentLang(lang);
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
  const workOpen = useStore((state) => state.selectedWork !== null);
  usePageTheme(embed.theme);
  const lastSelected = useRef<string | null>(null);
  // The panel's code may still be on its way: its title takes focus when it appears.
  const headingFocus = useFocusOnArrival<HTMLHeadingElement>();
  useEffect(() => whenIdle(() => detailsPanel.load().catch(() => {})), []);
  // Search's matcher too, so the first letter typed is matched at once.
  useEffect(() => whenIdle(() => void useStore.getState().loadSearch()), []);

  // The page's start-up (main.tsx begins it before this first render): the SCS data, then a ?data=
  // link or the import remembered from the last visit. The address is read only once that is settled.
  const [startupDone, setStartupDone] = useState(startUpSettled);
  useEffect(() => {
    // A link that opens in presentation mode fetches it alongside the data.
    if (decodeUrlState(window.location.hash).mode === 'present') presentationView.load().catch(() => {});
    // So does a ?data= link or an import remembered from the last visit, for the banner that reports it.
    if (new URLSearchParams(window.location.search).has('data') || readSetting(IMPORT_KEY) !== null) importUi.load().catch(() => {});
    let live = true;
    void startUp().settled.then(() => live && setStartupDone(true));
    return () => {
      live = false;
    };
  }, []);

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
    // (Stepping through a presentation selects events with no panel to focus; leaving it focuses the mark.)
    headingFocus.cancel();
    if (mode !== 'browse') return;
    if (selected && selected.id !== previous) {
      headingFocus.request(DETAILS_HEADING_ID);
    } else if (!selected && previous && !useStore.getState().selectedWork) {
      // (When a work was selected instead, its panel takes focus.)
      focusEvent(previous);
    }
  }, [selected, headingFocus, mode]);

  const closeDetails = useCallback(() => {
    selectEvent(null);
    announce(t('detailsClosed'));
  }, [selectEvent, announce]);

  const order = selected && visibleEvents.some((e) => e.id === selected.id) ? visibleEvents : allEvents;
  const index = selected ? order.findIndex((e) => e.id === selected.id) : -1;
  const previous = index > 0 ? order[index - 1] : undefined;
  const next = index >= 0 && index < order.length - 1 ? order[index + 1] : undefined;

  const source = dataset?.source;
  if (dataset && mode === 'present') {
    return (
      <main className={embed.embed ? 'app presenting embed' : 'app presenting'}>
        <LazyPart
          module={presentationView}
          failedActions={
            <button type="button" onClick={() => useStore.getState().setMode('browse')}>
              {t('presentExit')}
            </button>
          }
        >
          {(m) => <m.PresentationView dataset={dataset} />}
        </LazyPart>
        <LiveRegion />
      </main>
    );
  }
  return (
    <main className={`${embed.embed ? `app embed${embed.compact ? ' compact' : ''}` : 'app'}${dropActive ? ' drop-active' : ''}`} {...(embed.embed ? {} : drop)}>
      <figure className="timeline-figure" aria-busy={status === 'loading'}>
        <figcaption>
          <h1>{t('appTitle')}</h1>
          {embedded && dataset && <embedded.OpenFullTimeline />}
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
                <MoreActions>
                  <TourPicker />
                  <ExportMenu />
                  {!embed.embed && <EmbedButton />}
                  {!embed.embed && <ImportPanel />}
                  <ThemeSwitch />
                  <LangSwitch />
                </MoreActions>
              </div>
            </div>
            <ImportBanner />
            <div className={`workspace${selected || workOpen ? ' with-details' : ''}`}>
              <div className="workspace-main">
                {visibleEvents.length === 0 && <p className="empty">{t('noEventsShown')}</p>}
                {view === 'list' ? (
                  <>
                    <Legend />
                    <LazyPart module={listView}>{(m) => <m.ListView />}</LazyPart>
                  </>
                ) : (
                  <Timeline dataset={dataset} events={visibleEvents} toolbar={<Legend />} />
                )}
              </div>
              {!selected && <SelectedWork dataset={dataset} pageUrl={pageUrl} />}
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
                  <LazyPart module={detailsPanel}>
                    {(m) => (
                      <m.DetailsPanel
                        ref={headingFocus.ref}
                        event={selected}
                        dataset={dataset}
                        pageUrl={pageUrl}
                        onClose={closeDetails}
                        onPrevious={previous ? () => selectEvent(previous.id) : undefined}
                        onNext={next ? () => selectEvent(next.id) : undefined}
                      />
                    )}
                  </LazyPart>
                </div>
              )}
            </div>
          </>
        )}
      </figure>
      <LiveRegion />
      <LazyPrintView />
      {source && (
        <footer className="credit">
          {tParts('sourceCredit', { ...sourceCreditParts(source, lang), title: inLang(source.title, englishText(lang)) })}{' '}
          {source.doi && <a href={doiUrl(source.doi)}>doi:{source.doi}</a>}
        </footer>
      )}
    </main>
  );
}
