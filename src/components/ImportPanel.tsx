import { useRef, useState, type DragEvent } from 'react';
import { useStore } from '../state/store';
import { t } from '../i18n/messages';
import { importers, summaryText } from '../state/importSlice';
import { lazyModule } from '../lazyModule';
import { LazyPart } from './LazyPart';
import './ImportPanel.css';

/** The dialog, the banner and the report (ImportDialog.tsx): not on the first screen, fetched on first use. */
export const importUi = lazyModule(() => import('./ImportDialog'));

/** Reads a dropped or chosen file as text and imports it. */
export async function importFile(file: File): Promise<void> {
  // The banner that reports the import comes while the file is read and parsed.
  importUi.load().catch(() => {});
  const text = await file.text();
  const { importText, announce } = useStore.getState();
  const { result } = await importText(text, file.name);
  if (result.dataset) announce(t('importAnnounceLoaded', { title: result.dataset.source.title, summary: summaryText(result) }));
  else announce(t('importNothing', { name: file.name }));
}

/** Lets the whole page take a dropped file (from the first frame: the parsers are fetched by the import itself). */
export function dropHandlers(setActive: (active: boolean) => void) {
  const hasFile = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');
  return {
    onDragOver: (e: DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setActive(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target) setActive(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      setActive(false);
      const file = e.dataTransfer.files[0];
      if (file) void importFile(file);
    },
  };
}

/**
 * "Load your own timeline": a file, a drop, an address or a paste, in a dialog
 * (ImportDialog) fetched on the first press. A press before it has arrived
 * opens it when it arrives; if it cannot be fetched, the page says so.
 */
export function ImportPanel() {
  const opener = useRef<HTMLButtonElement>(null);
  // How many times the dialog was asked for: each press opens it (it stays in the page once it has come).
  const [requests, setRequests] = useState(0);

  return (
    <>
      <button
        type="button"
        ref={opener}
        onClick={() => {
          setRequests((n) => n + 1);
          importers.load().catch(() => {}); // so the parsers are there by the time a file is chosen
        }}
      >
        {t('importOpen')}
      </button>
      {requests > 0 && (
        <LazyPart
          module={importUi}
          failedActions={
            <button
              type="button"
              onClick={() => {
                setRequests(0);
                opener.current?.focus();
              }}
            >
              {t('importClose')}
            </button>
          }
        >
          {(m) => <m.ImportDialog requests={requests} opener={opener} />}
        </LazyPart>
      )}
    </>
  );
}
