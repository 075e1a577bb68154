/**
 * One entry point for "bring your own timeline": text in, ImportResult out.
 *
 * The format is decided by the content first:
 * - text starting with "{" or "[" is JSON; a JSON syntax error is one problem
 *   naming its line and column;
 *   - JSON whose events carry `start_date` (or that has a TimelineJS title
 *     slide and no `start`) is TimelineJS 3;
 *   - any other JSON is our own format;
 * - anything else is CSV.
 * The file name only decides what the content cannot: text named *.json that
 * does not start like JSON is reported as invalid JSON (not read as CSV), and
 * text named *.csv / *.tsv / *.txt that starts with "[" but is not JSON is
 * read as CSV. A CSV file's name (without extension) becomes its title.
 */
import { findJsonSyntaxError } from '../jsonSyntax';
import { importDataset, isRecord, unusable, type ImportFormat, type ImportResult } from './lenient';
import { csvToDataset } from './csv';
import { timelineJsToDataset } from './timelinejs';

function extensionOf(name: string | undefined): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec((name ?? '').trim());
  return match ? match[1]!.toLowerCase() : '';
}

/** The file name without folders and extension ("data/my-events.csv" → "my-events"); "" when none. */
function titleFromName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const withoutQuery = base.split(/[?#]/)[0] ?? '';
  let decoded = withoutQuery;
  try {
    decoded = decodeURIComponent(withoutQuery);
  } catch {
    // keep it as written
  }
  return decoded.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
}

/** Which JSON format a parsed document is in. */
export function jsonFormatOf(json: unknown): Exclude<ImportFormat, 'csv'> {
  if (!isRecord(json)) return 'json';
  if (Array.isArray(json.events)) {
    for (const event of json.events) {
      if (!isRecord(event)) continue;
      if ('start_date' in event) return 'timelinejs';
      if ('start' in event) return 'json';
    }
  }
  const title = json.title;
  if (isRecord(title) && isRecord(title.text) && !('source' in json)) return 'timelinejs';
  return 'json';
}

function jsonSyntaxProblem(body: string): ImportResult {
  const where = findJsonSyntaxError(body);
  const message = where ? `not valid JSON: line ${where.line}, column ${where.column}: ${where.reason}` : 'not valid JSON';
  return unusable('json', [{ path: '', message }]);
}

/** Reads a timeline file in any format we know; never throws. `nameHint` is the file name or URL, if known. */
export function parseImport(text: string, nameHint?: string): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const extension = extensionOf(nameHint?.split(/[?#]/)[0]);
  const start = body.trimStart();
  if (start === '') return unusable(extension === 'csv' || extension === 'tsv' ? 'csv' : 'json', [{ path: '', message: 'the file is empty' }]);
  const looksLikeJson = start.startsWith('{') || start.startsWith('[');
  if (looksLikeJson || extension === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // A CSV file whose first cell starts with "[" is still CSV; anything else that fails is broken JSON.
      if (['csv', 'tsv', 'txt'].includes(extension) && !start.startsWith('{')) return csvToDataset(body, { title: titleFromName(nameHint) });
      return jsonSyntaxProblem(body);
    }
    return jsonFormatOf(json) === 'timelinejs' ? timelineJsToDataset(json) : importDataset(json);
  }
  return csvToDataset(body, { title: titleFromName(nameHint) });
}
