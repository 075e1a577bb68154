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

/** What a fetch answered: its status, and its text when it is a success. */
interface Answer {
  readonly status: number;
  readonly text: string | null;
  /** Why there is no answer (a network error). */
  readonly error?: string;
}

/** The built-in data as public/boot.js fetched and read it while the bundle loaded. */
interface BootData {
  readonly url: string;
  readonly answer: Promise<Answer>;
}

/** boot.js's answer for `url`, taken once (a later load of the address fetches it again). */
function takeBootData(url: string): Promise<Answer> | null {
  const global = globalThis as { __bootData?: BootData };
  const boot = global.__bootData;
  if (boot?.url !== url) return null;
  delete global.__bootData;
  return boot.answer;
}

/** The address's status and text, from boot.js when it has them; throws on a network error, as fetch does. */
async function fetchText(url: string, fetchImpl: typeof fetch): Promise<Answer> {
  const boot = fetchImpl === fetch ? takeBootData(url) : null;
  if (boot) {
    const answer = await boot;
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer;
  }
  const response = await fetchImpl(url, { credentials: 'same-origin' });
  return { status: response.status, text: response.ok ? await response.text() : null };
}

/** Fetches and validates a dataset; every failure comes back as a message, never as a throw. */
export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch, lang: Lang = currentLang()): Promise<LoadResult> {
  let text: string;
  try {
    const answer = await fetchText(url, fetchImpl);
    if (answer.text === null) return { ok: false, message: t('loadFailedHttp', { status: answer.status, url }, lang), problems: [] };
    text = answer.text;
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
