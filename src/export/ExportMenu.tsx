import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../state/store';
import { selectDataset, selectView, selectVisibleEvents } from '../state/selectors';
import { t } from '../i18n/messages';
import { citedBy } from './cited';
import { eventsToCsv } from './eventsCsv';
import { eventsToJson } from './eventsJson';
import { toBibtex } from './bibtex';
import { toRis } from './ris';
import { exportFileName, type ExportKind } from './fileName';
import { MIME, saveBlob, saveText } from './download';
import { captureTimeline, TIMELINE_SVG_SELECTOR } from './captureTimeline';
import { svgToPng } from './png';
import './ExportMenu.css';

type Action = 'svg' | 'png' | 'csv' | 'json' | 'bib-all' | 'bib-cited' | 'ris-all' | 'ris-cited';

/** Builds and saves one export from the store as it is now; returns the file name. */
async function runExport(action: Action): Promise<string> {
  const state = useStore.getState();
  const dataset = state.dataset;
  if (!dataset) throw new Error('no data');
  const events = selectVisibleEvents(state);
  const save = (kind: ExportKind, extension: keyof typeof MIME, text: string) => {
    const name = exportFileName(kind, extension);
    saveText(text, name, MIME[extension]);
    return name;
  };
  switch (action) {
    case 'svg':
    case 'png': {
      const svg = document.querySelector<SVGSVGElement>(TIMELINE_SVG_SELECTOR);
      if (!svg) throw new Error(t('exportImageNeedsTimeline'));
      const image = captureTimeline(svg, dataset, { window: state.window, hiddenCategories: state.hiddenCategories, query: state.query, shown: events.length });
      if (action === 'svg') return save('timeline', 'svg', image.svg);
      const name = exportFileName('timeline', 'png');
      saveBlob(await svgToPng(image.svg, image.width, image.height, 2), name);
      return name;
    }
    case 'csv':
      return save('events', 'csv', eventsToCsv(events, dataset));
    case 'json':
      return save('events', 'json', eventsToJson(events, dataset));
    case 'bib-all':
      return save('bibliography', 'bib', toBibtex(dataset.references));
    case 'bib-cited':
      return save('bibliography-cited', 'bib', toBibtex(citedBy(dataset, events).references));
    case 'ris-all':
      return save('bibliography', 'ris', toRis(dataset.references));
    case 'ris-cited':
      return save('bibliography-cited', 'ris', toRis(citedBy(dataset, events).references));
  }
}

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

  // Opening moves focus to the first action.
  useEffect(() => {
    if (open) rootRef.current?.querySelector<HTMLButtonElement>('.export-panel button:not(:disabled)')?.focus();
  }, [open]);

  // A press outside closes the panel.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  if (!dataset) return null;

  const run = async (action: Action) => {
    setBusy(true);
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
    // After the panel has closed, so it is not in the way of the dialog.
    setTimeout(() => window.print(), 0);
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
