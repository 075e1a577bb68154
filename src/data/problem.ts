/**
 * A problem of a dataset, with its JSON path, and how it reads in the
 * interface language. Apart from the schema (validate.ts), so the page can
 * show a report without loading valibot.
 */
import type { Dataset } from './schema';
import { currentLang, type Lang } from '../i18n/messages';
import { langPack } from '../i18n/packs';

export interface Problem {
  /** JSON path, e.g. `events[12].start`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

export interface Validation {
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
}

/** Formats a path as JavaScript would write it: `events[12].start`, `source["odd key"]`. */
export function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

/**
 * A problem as one line, in the interface language (or `lang`):
 * `events[12].start: "1990-13-01" is not a date`, or in Chinese
 * `events[12].start："1990-13-01" 不是有效的日期`. `lang` is the language
 * the line is in: English where no Chinese rule knows the sentence
 * (i18n/problems.ts).
 */
export function localizeProblem(problem: Problem, lang: Lang = currentLang()): { readonly text: string; readonly lang: Lang } {
  const pack = lang === 'en' ? undefined : langPack(lang);
  const message = pack?.translateProblem(problem.message);
  if (!pack || message === null || message === undefined) return { text: problem.path ? `${problem.path}: ${problem.message}` : problem.message, lang: 'en' };
  return { text: problem.path ? `${pack.problemPath(problem.path)}：${message}` : message, lang };
}

/** A problem as one line in the interface language (one parameter, so `problems.map(formatProblem)` works). */
export function formatProblem(problem: Problem): string {
  return localizeProblem(problem).text;
}
