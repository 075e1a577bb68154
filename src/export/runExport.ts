/**
 * Builds and saves one export (the SVG and PNG images, CSV, JSON, BibTeX,
 * RIS) from the store as it is now. Loaded on first use of the Export menu,
 * so none of it is in the initial load.
 */
import { useStore } from '../state/store';
import { selectDataset, selectVisibleEvents } from '../state/selectors';
import { t } from '../i18n/messages';
import { citedBy } from './cited';
import { eventsToCsv } from './eventsCsv';
import { eventsToJson } from './eventsJson';
import { toBibtex } from './bibtex';
import { toRis } from './ris';
import { exportFileName, type ExportKind } from './fileName';
import { MIME, saveBlob, saveText } from './download';
import { captureTimeline, TIMELINE_SVG_SELECTOR } from './captureTimeline';
import { svgToPng } from './png';

export type ExportAction = 'svg' | 'png' | 'csv' | 'json' | 'bib-all' | 'bib-cited' | 'ris-all' | 'ris-cited';

/** Builds and saves one export from the store as it is now; returns the file name. */
export async function runExport(action: ExportAction): Promise<string> {
  const state = useStore.getState();
  const dataset = state.dataset;
  const shownDataset = selectDataset(state);
  if (!dataset || !shownDataset) throw new Error('no data');
  // Images show what is on screen, in the interface language; the data files hold the events as loaded.
  const shown = selectVisibleEvents(state);
  const loaded = new Map(dataset.events.map((e) => [e.id, e]));
  const events = shown.map((e) => loaded.get(e.id) ?? e);
  const save = (kind: ExportKind, extension: keyof typeof MIME, text: string) => {
    const name = exportFileName(kind, extension);
    saveText(text, name, MIME[extension]);
    return name;
  };
  switch (action) {
    case 'svg':
    case 'png': {
      const svg = document.querySelector<SVGSVGElement>(TIMELINE_SVG_SELECTOR);
      if (!svg) throw new Error(t('exportImageNeedsTimeline'));
      const image = captureTimeline(svg, shownDataset, { window: state.window, hiddenCategories: state.hiddenCategories, query: state.query, shown: events.length });
      if (action === 'svg') return save('timeline', 'svg', image.svg);
      const name = exportFileName('timeline', 'png');
      saveBlob(await svgToPng(image.svg, image.width, image.height, 2), name);
      return name;
    }
    case 'csv':
      return save('events', 'csv', eventsToCsv(events, dataset));
    case 'json':
      return save('events', 'json', eventsToJson(events, dataset));
    case 'bib-all':
      return save('bibliography', 'bib', toBibtex(dataset.references));
    case 'bib-cited':
      return save('bibliography-cited', 'bib', toBibtex(citedBy(dataset, events).references));
    case 'ris-all':
      return save('bibliography', 'ris', toRis(dataset.references));
    case 'ris-cited':
      return save('bibliography-cited', 'ris', toRis(citedBy(dataset, events).references));
  }
}
