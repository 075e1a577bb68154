import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../state/store';
import { selectDataset, selectView, selectVisibleEvents } from '../state/selectors';
import { t } from '../i18n/messages';
import { citedBy } from './cited';
import { lazyModule } from '../lazyModule';
import { printView } from './LazyPrintView';
import type { ExportAction as Action } from './runExport';
import { usePressOutside } from '../components/usePressOutside';
import './ExportMenu.css';

/** The builders, fetched when the menu first opens. */
const exporters = lazyModule(() => import('./runExport'));

/**
 * "Export": a disclosure with the current view as an SVG or PNG image, the
 * events shown as CSV or JSON, the bibliography (all of it, or the works the
 * events shown cite) as BibTeX or RIS, and Print. Esc closes it and returns
 * focus to the button; each download is announced.
 */
export function ExportMenu() {
  const dataset = useStore(selectDataset);
  const events = useStore(selectVisibleEvents);
  const view = useStore(selectView);
  const announce = useStore((s) => s.announce);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const imageId = useId();
  const eventsId = useId();
  const bibliographyId = useId();
  const hintId = useId();

  const citedCount = useMemo(() => (dataset ? citedBy(dataset, events).references.length : 0), [dataset, events]);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }, []);

  // Opening moves focus to the first action, and fetches the builders and the printout if they are not there yet.
  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLButtonElement>('.export-panel button:not(:disabled)')?.focus();
    exporters.load().catch(() => {});
    printView.load().catch(() => {});
  }, [open]);

  // A press outside closes the panel.
  usePressOutside(rootRef, open, () => close(false));

  if (!dataset) return null;

  const run = async (action: Action) => {
    setBusy(true);
    let runExport;
    try {
      ({ runExport } = await exporters.load());
    } catch {
      // Offline before the builders arrived: say so in the panel, which stays open for another try.
      setUnavailable(true);
      setBusy(false);
      announce(t('exportFailed', { reason: t('partLoadFailed') }));
      return;
    }
    setUnavailable(false);
    try {
      const name = await runExport(action);
      announce(t('exportDownloaded', { file: name }));
    } catch (error) {
      announce(t('exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      close(true);
    }
  };

  const print = () => {
    close(true);
    // After the panel has closed, so it is not in the way of the dialog; and after the printout has arrived
    // (fetched when the page was first idle or the menu opened; without it the browser prints the page as is).
    const later = () => setTimeout(() => window.print(), 0);
    printView.load().then(later, later);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

  const imagesDisabled = busy || view !== 'timeline';
  const item = (action: Action, label: string, disabled = busy, describedBy?: string) => (
    <li>
      <button type="button" disabled={disabled} aria-describedby={describedBy} onClick={() => void run(action)}>
        {label}
      </button>
    </li>
  );

  return (
    <div
      className="export-menu"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && e.relatedTarget && !rootRef.current?.contains(e.relatedTarget as Node)) close(false);
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('exportButton')} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="export-panel" role="group" aria-label={t('exportPanelLabel')} hidden={!open} aria-busy={busy}>
        <p className="export-group-title" id={imageId}>
          {t('exportGroupImage')}
        </p>
        <ul aria-labelledby={imageId}>
          {item('svg', t('exportSvg'), imagesDisabled, view !== 'timeline' ? hintId : undefined)}
          {item('png', t('exportPng'), imagesDisabled, view !== 'timeline' ? hintId : undefined)}
        </ul>
        {view !== 'timeline' && (
          <p className="export-hint" id={hintId}>
            {t('exportImageNeedsTimeline')}
          </p>
        )}
        <p className="export-group-title" id={eventsId}>
          {t('exportGroupEvents', { count: events.length })}
        </p>
        <ul aria-labelledby={eventsId}>
          {item('csv', t('exportCsv'))}
          {item('json', t('exportJson'))}
        </ul>
        <p className="export-group-title" id={bibliographyId}>
          {t('exportGroupBibliography')}
        </p>
        <ul aria-labelledby={bibliographyId}>
          {item('bib-all', t('exportBibtexAll', { count: dataset.references.length }))}
          {item('bib-cited', t('exportBibtexCited', { count: citedCount }), busy || citedCount === 0)}
          {item('ris-all', t('exportRisAll', { count: dataset.references.length }))}
          {item('ris-cited', t('exportRisCited', { count: citedCount }), busy || citedCount === 0)}
        </ul>
        {unavailable && (
          <p className="export-hint" role="alert">
            {t('partLoadFailed')}
          </p>
        )}
        <ul>
          <li>
            <button type="button" className="export-print" onClick={print} disabled={busy}>
              {t('exportPrint')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
