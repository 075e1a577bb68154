import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useStore } from '../state/store';
import { t } from '../i18n/messages';
import { summaryText } from '../state/importSlice';
import { dropHandlers, importFile } from './ImportPanel';
import './Import.css';
import '../i18n/messagesLater';

// Fetched with the dialog: the banner that reports an import (ImportBanner shows it).
export { ImportBannerView } from './ImportBannerView';

interface ImportDialogProps {
  /** How many times the dialog was asked for (ImportPanel's button): each new request opens it. */
  readonly requests: number;
  /** The button that opens it, where focus goes back when it closes. */
  readonly opener: RefObject<HTMLButtonElement | null>;
}

/** "Load your own timeline": a file, a drop, an address or a paste, in a modal dialog. */
export function ImportDialog({ requests, opener }: ImportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState('');
  const [pasted, setPasted] = useState('');
  const [dropActive, setDropActive] = useState(false);
  const importText = useStore((s) => s.importText);
  const importFromUrl = useStore((s) => s.importFromUrl);
  const announce = useStore((s) => s.announce);
  const ids = { title: useId(), file: useId(), url: useId(), paste: useId() };

  // Opens on arrival (the press that fetched it) and on each press after that.
  useEffect(() => {
    if (requests > 0 && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [requests]);

  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  const afterImport = (loaded: boolean) => {
    if (loaded) close();
  };

  return (
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
  );
}
