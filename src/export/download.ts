/**
 * Saves a file through the browser's download: a Blob URL on an <a download>
 * (a navigation, so the page's img-src policy does not apply), clicked once
 * and revoked shortly after.
 */
export const MIME = {
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  bib: 'application/x-bibtex;charset=utf-8',
  ris: 'application/x-research-info-systems;charset=utf-8',
} as const;

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(text: string, fileName: string, type: string): void {
  saveBlob(new Blob([text], { type }), fileName);
}
