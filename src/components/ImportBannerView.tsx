import { useStore } from '../state/store';
import { t } from '../i18n/messages';
import { inLang, tParts } from '../i18n/tParts';
import { guessedTextLang } from '../i18n/localizeDataset';
import { DEFAULT_SOURCE_TITLE } from '../data/import/defaults';
import { selectLang } from '../state/selectors';
import { ImportReportView } from './ImportReportView';
import '../i18n/messagesLater';

/**
 * What was imported and how it went: a download in progress, a failed one
 * (with a retry, the timeline unchanged), the report of the last import, and
 * the way back to the SCS timeline, always there while an import is shown.
 * Fetched with the import dialog when there is something to show (ImportBanner).
 */
export function ImportBannerView() {
  const origin = useStore((s) => s.origin);
  const title = useStore((s) => s.dataset?.source.title ?? '');
  const report = useStore((s) => s.importReport);
  const progress = useStore((s) => s.importProgress);
  const error = useStore((s) => s.importError);
  const backToBuiltin = useStore((s) => s.backToBuiltin);
  const importFromUrl = useStore((s) => s.importFromUrl);
  const dismiss = useStore((s) => s.dismissImportReport);
  const announce = useStore((s) => s.announce);
  const lang = useStore(selectLang);

  if (!progress && !error && !report && origin === 'builtin') return null;
  const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));
  return (
    <section className="import-banner" aria-label={t('importTitle')}>
      {progress && (
        <p role="status" className="import-progress">
          {t('importLoading', { url: progress.url })}{' '}
          <progress value={progress.total ? progress.loaded : undefined} max={progress.total ?? undefined} aria-label={t('importLoading', { url: progress.url })} />{' '}
          {progress.total ? t('importProgress', { loaded: kb(progress.loaded), total: kb(progress.total) }) : t('importProgressUnknown', { loaded: kb(progress.loaded) })}
        </p>
      )}
      {error && (
        <div role="alert" className="import-error">
          <p>{t('importFailed', { url: error.url, message: error.message })}</p>
          <button type="button" onClick={() => void importFromUrl(error.url)}>
            {t('importRetry')}
          </button>
        </div>
      )}
      {origin === 'imported' && report && (
        <p className="import-showing">
          {tParts('importShowing', {
            // The importer's own name for an untitled file is said in the page's language; a file's title is its own.
            title: title === DEFAULT_SOURCE_TITLE ? t('importUntitled') : inLang(title, guessedTextLang(title, lang)),
            name: report.name,
          })}
        </p>
      )}
      {report && <ImportReportView name={report.name} result={report.result} />}
      <div className="import-actions">
        {origin === 'imported' && (
          <button
            type="button"
            onClick={() => {
              backToBuiltin();
              announce(t('importAnnounceBack'));
            }}
          >
            {t('importBack')}
          </button>
        )}
        {((report && origin === 'builtin') || error) && (
          <button type="button" onClick={dismiss}>
            {t('importDismiss')}
          </button>
        )}
      </div>
    </section>
  );
}
