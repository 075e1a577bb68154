import { validateDataset, type Validation } from './validate';
import { findJsonSyntaxError } from './jsonSyntax';

/** Parses and validates the text of a dataset file; a JSON syntax error is one problem naming its line and column. */
export function checkDatasetText(text: string): Validation {
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const where = findJsonSyntaxError(body);
    const message = where ? `not valid JSON: line ${where.line}, column ${where.column}: ${where.reason}` : 'not valid JSON';
    return { dataset: null, problems: [{ path: '', message }] };
  }
  return validateDataset(json);
}
