import { useStore } from '../state/store';
import { LazyPart } from './LazyPart';
import { importUi } from './ImportPanel';

/**
 * Where the page says what was imported and how it went (ImportBannerView,
 * fetched with the import dialog): nothing while the SCS timeline is shown and
 * no import is under way or reported.
 */
export function ImportBanner() {
  const shown = useStore((s) => s.importProgress !== null || s.importError !== null || s.importReport !== null || s.origin !== 'builtin');
  if (!shown) return null;
  return <LazyPart module={importUi}>{(m) => <m.ImportBannerView />}</LazyPart>;
}
