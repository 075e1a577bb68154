import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../state/store';
import { selectDataset } from '../state/selectors';
import { t } from '../i18n/messages';
import { lazyModule } from '../lazyModule';
import { printView } from './LazyPrintView';
import { LazyPart } from '../components/LazyPart';
import { usePressOutside } from '../components/usePressOutside';
import './ExportMenu.css';

/** The panel's content (ExportPanel), fetched when the menu first opens. */
const exportPanel = lazyModule(() => import('./ExportPanel'));

/**
 * "Export": a disclosure with the current view as an SVG or PNG image, the
 * events shown as CSV or JSON, the bibliography (all of it, or the works the
 * events shown cite) as BibTeX or RIS, and Print (ExportPanel). Esc closes it
 * and returns focus to the button; each download is announced.
 */
export function ExportMenu() {
  const dataset = useStore(selectDataset);
  const [open, setOpen] = useState(false);
  // The panel's content is asked for on the first opening, and stays in the page after it.
  const [wanted, setWanted] = useState(false);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef(open);
  openRef.current = open;
  const panelId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }, []);

  const focusFirstAction = useCallback(() => {
    rootRef.current?.querySelector<HTMLButtonElement>('.export-panel button:not(:disabled)')?.focus();
  }, []);
  // The content arriving while the menu is open: focus goes to its first action, as when it was already there.
  const onArrival = useCallback(() => {
    if (openRef.current) focusFirstAction();
  }, [focusFirstAction]);

  // Opening moves focus to the first action, and fetches the panel and the printout if they are not there yet.
  useEffect(() => {
    if (!open) return;
    setWanted(true);
    focusFirstAction();
    printView.load().catch(() => {});
  }, [open, focusFirstAction]);

  // A press outside closes the panel.
  usePressOutside(rootRef, open, () => close(false));

  if (!dataset) return null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

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
        {(wanted || open) && (
          <LazyPart module={exportPanel}>
            {(m) => <m.ExportPanel dataset={dataset} busy={busy} setBusy={setBusy} close={close} onArrival={onArrival} />}
          </LazyPart>
        )}
      </div>
    </div>
  );
}
