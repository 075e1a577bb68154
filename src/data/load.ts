import type { Dataset } from './schema';
import type { Problem } from './validate';
import { checkDatasetText } from './checkText';
import { currentLang, t, type Lang } from '../i18n/messages';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly message: string; readonly problems: readonly Problem[] };

/** Fetches and validates a dataset; every failure comes back as a message, never as a throw. */
export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch, lang: Lang = currentLang()): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetchImpl(url, { credentials: 'same-origin' });
    if (!response.ok) return { ok: false, message: t('loadFailedHttp', { status: response.status, url }, lang), problems: [] };
    text = await response.text();
  } catch (error) {
    return { ok: false, message: t('loadFailedNetwork', { url, reason: error instanceof Error ? error.message : String(error) }, lang), problems: [] };
  }
  const { dataset, problems } = checkDatasetText(text);
  if (!dataset) return { ok: false, message: t('invalidData', { count: problems.length }, lang), problems };
  return { ok: true, dataset };
}
