import { useId, useRef, useState, type DragEvent } from 'react';
import { useStore } from '../state/store';
import { t } from '../i18n/messages';
import { summaryText } from './ImportReportView';
import { importers } from '../state/importSlice';
import './Import.css';

/** Reads a dropped or chosen file as text and imports it. */
export async function importFile(file: File): Promise<void> {
  const text = await file.text();
  const { importText, announce } = useStore.getState();
  const { result } = await importText(text, file.name);
  if (result.dataset) announce(t('importAnnounceLoaded', { title: result.dataset.source.title, summary: summaryText(result) }));
  else announce(t('importNothing', { name: file.name }));
}

/** Lets the whole page take a dropped file. */
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

/** "Load your own timeline": a file, a drop, an address or a paste, in a dialog. */
export function ImportPanel() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [url, setUrl] = useState('');
  const [pasted, setPasted] = useState('');
  const [dropActive, setDropActive] = useState(false);
  const importText = useStore((s) => s.importText);
  const importFromUrl = useStore((s) => s.importFromUrl);
  const announce = useStore((s) => s.announce);
  const ids = { title: useId(), file: useId(), url: useId(), paste: useId() };

  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  const afterImport = (loaded: boolean) => {
    if (loaded) close();
  };

  return (
    <>
      <button
        type="button"
        ref={opener}
        onClick={() => {
          dialog.current?.showModal();
          importers.load().catch(() => {}); // so the parsers are there by the time a file is chosen
        }}
      >
        {t('importOpen')}
      </button>
      <dialog ref={dialog} className="import-dialog" aria-labelledby={ids.title}>
        <h2 id={ids.title}>{t('importTitle')}</h2>
        <p>{t('importIntro')}</p>
        <div className={`import-drop${dropActive ? ' active' : ''}`} {...dropHandlers(setDropActive)}>
          <label htmlFor={ids.file}>{t('importFile')}</label>{' '}
          <input
            id={ids.file}
            type="file"
            accept=".json,.csv,.tsv,.txt,application/json,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file).then(() => afterImport(useStore.getState().origin === 'imported'));
              e.target.value = '';
            }}
          />
          <p className="import-drop-hint">{dropActive ? t('importDropHint') : t('importDrop')}</p>
        </div>
        <form
          className="import-url"
          onSubmit={(e) => {
            e.preventDefault();
            if (!url.trim()) return;
            close();
            void importFromUrl(url.trim());
          }}
        >
          <label htmlFor={ids.url}>{t('importUrl')}</label>
          <input id={ids.url} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
          <button type="submit">{t('importUrlButton')}</button>
        </form>
        <form
          className="import-paste"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!pasted.trim()) return;
            const { result } = await importText(pasted, t('importPasted'));
            announce(result.dataset ? t('importAnnounceLoaded', { title: result.dataset.source.title, summary: summaryText(result) }) : t('importNothing', { name: t('importPasted') }));
            afterImport(Boolean(result.dataset));
          }}
        >
          <label htmlFor={ids.paste}>{t('importPaste')}</label>
          <textarea id={ids.paste} rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
          <button type="submit">{t('importPasteButton')}</button>
        </form>
        <button type="button" className="import-close" onClick={close}>
          {t('importClose')}
        </button>
      </dialog>
    </>
  );
}
