import type { Dataset } from './schema';
import type { Problem, Validation } from './problem';
import { plainDataset } from './plainDataset';
import { crossProblems } from './crossProblems';
import { currentLang, t, type Lang } from '../i18n/messages';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly message: string; readonly problems: readonly Problem[] };

/**
 * Parses and checks a dataset's text, parsing it once: the quick check first
 * (plainDataset.ts), and only when it says no the schema, fetched then, which
 * names every problem (validate.ts); a JSON syntax error comes back as one
 * problem naming its line and column (checkText.ts).
 */
async function checkText(text: string): Promise<Validation> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const { checkDatasetText } = await import('./checkText');
    return checkDatasetText(text);
  }
  const quick = plainDataset(json);
  if (!quick) return (await import('./validate')).validateDataset(json);
  const problems = crossProblems(quick);
  return { dataset: problems.length === 0 ? quick : null, problems };
}

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
  let validation: Validation;
  try {
    validation = await checkText(text);
  } catch (error) {
    // The schema's code could not be fetched (offline) to say what is wrong with the file.
    return { ok: false, message: t('loadFailedNetwork', { url, reason: error instanceof Error ? error.message : String(error) }, lang), problems: [] };
  }
  const { dataset, problems } = validation;
  if (!dataset) return { ok: false, message: t('invalidData', { count: problems.length }, lang), problems };
  return { ok: true, dataset };
}
