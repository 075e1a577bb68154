import { useMemo } from 'react';
import { useStore } from '../state/store';
import { selectDataset, selectHiddenCategories, selectQuery, selectVisibleEvents } from '../state/selectors';
import { currentViewUrl } from '../state/urlSync';
import { formatDateRange } from '../data/formatDate';
import { referenceText } from '../data/cite';
import { t } from '../i18n/messages';
import { citedBy } from './cited';
import { sourceCredit } from './credit';
import { describeFilters } from './viewSummary';
import { localIsoDate } from './fileName';

/**
 * What a printout shows: the events shown, in date order (date, title,
 * category, summary, footnote numbers), then the footnotes they cite and the
 * works those footnotes cite, in full. Hidden on screen (the `hidden`
 * attribute, so it is out of the accessibility tree too); print.css shows it
 * and hides everything else.
 */
export function PrintView() {
  const dataset = useStore(selectDataset);
  const events = useStore(selectVisibleEvents);
  const hidden = useStore(selectHiddenCategories);
  const query = useStore(selectQuery);
  const pageUrl = useStore((state) => currentViewUrl(state));
  const cited = useMemo(() => (dataset ? citedBy(dataset, events) : null), [dataset, events]);
  const categoryLabels = useMemo(() => new Map(dataset?.categories.map((c) => [c.id, c.label])), [dataset]);

  if (!dataset || !cited) return null;
  const filters = describeFilters(dataset, hidden, query);
  const summary = [t('searchCount', { count: events.length, total: dataset.events.length }), ...filters].join(' · ');

  return (
    <section className="print-view" hidden>
      <h1>{t('appTitle')}</h1>
      <p className="print-summary">{summary}</p>
      <p className="print-credit">{sourceCredit(dataset.source)}</p>
      <p className="print-date">{t('printDate', { date: formatDateRange(localIsoDate()), url: pageUrl })}</p>

      <h2>{t('printChronology')}</h2>
      {events.length === 0 ? (
        <p>{t('printNoEvents')}</p>
      ) : (
        <ol className="print-events">
          {events.map((event) => (
            <li key={event.id} className="print-event">
              <p className="print-event-date">{formatDateRange(event.start, event.end, event.approximate)}</p>
              <h3 className="print-event-title">{event.title}</h3>
              <p className="print-event-category">{categoryLabels.get(event.category) ?? event.category}</p>
              <p className="print-event-summary">{event.summary}</p>
              <p className="print-event-sources">
                {event.footnotes.length === 0
                  ? event.section
                    ? t('noFootnote', { section: event.section })
                    : t('detailsNoFootnoteNoSection')
                  : t(event.footnotes.length === 1 ? 'footnoteList' : 'footnoteListPlural', { list: event.footnotes.join(', ') })}
              </p>
            </li>
          ))}
        </ol>
      )}

      {cited.footnotes.length > 0 && (
        <>
          <h2>{t('printFootnotes')}</h2>
          <ol className="print-footnotes">
            {cited.footnotes.map((footnote) => (
              <li key={footnote.n} value={footnote.n} className="print-footnote">
                {footnote.citation ? <span className="print-footnote-citation">{footnote.citation}. </span> : null}
                {footnote.note}
              </li>
            ))}
          </ol>
        </>
      )}

      {cited.references.length > 0 && (
        <>
          <h2>{t('printWorks')}</h2>
          <ul className="print-works">
            {cited.references.map((ref) => (
              <li key={ref.id} className="print-work">
                {referenceText(ref)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
