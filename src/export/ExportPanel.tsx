import { useEffect, useId, useLayoutEffect, useMemo, useState } from 'react';
import { useStore } from '../state/store';
import { selectView, selectVisibleEvents } from '../state/selectors';
import type { Dataset } from '../data/schema';
import { t } from '../i18n/messages';
import { citedBy } from './cited';
import { lazyModule } from '../lazyModule';
import { printView } from './LazyPrintView';
import type { ExportAction as Action } from './runExport';
import './ExportPanel.css';
import '../i18n/messagesLater';

/** The builders, fetched when the panel first shows. */
const exporters = lazyModule(() => import('./runExport'));

interface ExportPanelProps {
  readonly dataset: Dataset;
  /** Whether an export is running (ExportMenu marks the panel busy). */
  readonly busy: boolean;
  readonly setBusy: (busy: boolean) => void;
  /** Closes the menu, with focus back on its button or not. */
  readonly close: (returnFocus: boolean) => void;
  /** Called once the panel is in the page (ExportMenu then moves focus to its first action if it is open). */
  readonly onArrival: () => void;
}

/**
 * The content of the Export menu (ExportMenu): the current view as an SVG or
 * PNG image, the events shown as CSV or JSON, the bibliography (all of it, or
 * the works the events shown cite) as BibTeX or RIS, and Print. Fetched the
 * first time the menu opens; each download is announced.
 */
export function ExportPanel({ dataset, busy, setBusy, close, onArrival }: ExportPanelProps) {
  const events = useStore(selectVisibleEvents);
  const view = useStore(selectView);
  const announce = useStore((s) => s.announce);
  const [unavailable, setUnavailable] = useState(false);
  const imageId = useId();
  const eventsId = useId();
  const bibliographyId = useId();
  const hintId = useId();

  const citedCount = useMemo(() => citedBy(dataset, events).references.length, [dataset, events]);

  // Focus moves in the same commit as the panel's arrival (before the next paint).
  useLayoutEffect(() => onArrival(), [onArrival]);
  useEffect(() => {
    exporters.load().catch(() => {});
  }, []);

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

  const imagesDisabled = busy || view !== 'timeline';
  const item = (action: Action, label: string, disabled = busy, describedBy?: string) => (
    <li>
      <button type="button" disabled={disabled} aria-describedby={describedBy} onClick={() => void run(action)}>
        {label}
      </button>
    </li>
  );

  return (
    <>
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
    </>
  );
}
