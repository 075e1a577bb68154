/** File names of downloads: "scs-timeline-2026-11-25.svg", "scs-timeline-events-2026-11-25.csv". */

/** Today's date where the reader is, as YYYY-MM-DD (not UTC, which can be a day off). */
export function localIsoDate(date: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

export type ExportKind = 'timeline' | 'events' | 'bibliography' | 'bibliography-cited';

export function exportFileName(kind: ExportKind, extension: string, date: Date = new Date()): string {
  const stem = kind === 'timeline' ? 'scs-timeline' : `scs-timeline-${kind}`;
  return `${stem}-${localIsoDate(date)}.${extension.replace(/^\./, '')}`;
}
