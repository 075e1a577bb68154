import { Fragment, memo, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from '../state/store';
import { selectDataset, selectHiddenCategories, selectLang, selectQuery, selectVisibleEvents } from '../state/selectors';
import { currentViewUrl } from '../state/urlSync';
import { formatDateRange } from '../data/formatDate';
import { citationEnd, citationSeparator, referenceParts } from '../data/cite';
import type { Category, Reference, TimelineEvent } from '../data/schema';
import { joinList, t, type Lang } from '../i18n/messages';
import { HTML_LANG, langAttribute, localize } from '../i18n/localize';
import { textLang } from '../i18n/localizeDataset';
import { localizedContent, mixedText, quotedEnglish } from '../i18n/tParts';
import { citedBy } from './cited';
import { sourceCredit } from './credit';
import { describeFilters } from './viewSummary';
import { localIsoDate } from './fileName';
import './PrintView.css';
import '../i18n/messagesLater';

/** A work's full citation as text (referenceText's words), each title in its own `lang` where it differs from the page's. */
function WorkCitation({ reference, lang }: { reference: Reference; lang: Lang }) {
  const parts = referenceParts(reference, lang);
  return (
    <>
      {parts.map((part, i) => {
        const previous = parts[i - 1];
        return (
          <Fragment key={i}>
            {previous && citationSeparator(previous, part)}
            {part.lang && part.lang !== lang ? (
              <span lang={HTML_LANG[part.lang]}>{part.text}</span>
            ) : (
              <span>{part.kind === 'note' && part.lang === 'zh' ? quotedEnglish(part.text) : mixedText(part.text, lang)}</span>
            )}
          </Fragment>
        );
      })}
      {citationEnd(parts[parts.length - 1])}
    </>
  );
}

/**
 * What a printout shows: the events shown, in date order (date, title,
 * category, summary, footnote numbers), then the footnotes they cite and the
 * works those footnotes cite, in full. Hidden on screen (the `hidden`
 * attribute, so it is out of the accessibility tree too); PrintView.css shows it
 * and hides everything else.
 *
 * Up to EAGER_PRINT events the whole printout is always in the page. Beyond,
 * its body (every event, footnote and work) is written when the page is
 * printed (`beforeprint`, or the print media query), not kept as a hidden
 * copy of 100,000 events on screen; the printout is the same.
 */
export function PrintView() {
  const dataset = useStore(selectDataset);
  const events = useStore(selectVisibleEvents);
  const hidden = useStore(selectHiddenCategories);
  const query = useStore(selectQuery);
  const lang = useStore(selectLang);
  const pageUrl = useStore((state) => currentViewUrl(state));
  const cited = useMemo(() => (dataset ? citedBy(dataset, events) : null), [dataset, events]);
  const categories = useMemo(() => new Map(dataset?.categories.map((c) => [c.id, c])), [dataset]);
  const printing = usePrinting();

  if (!dataset || !cited) return null;
  const filters = describeFilters(dataset, hidden, query);
  const summary = [t('searchCount', { count: events.length, total: dataset.events.length }), ...filters].join(' · ');

  return (
    <section className="print-view" hidden>
      <h1>{t('appTitle')}</h1>
      <p className="print-summary">{summary}</p>
      <p className="print-credit">{sourceCredit(dataset.source)}</p>
      <p className="print-date">{t('printDate', { date: formatDateRange(localIsoDate()), url: pageUrl })}</p>

      {(printing || events.length <= EAGER_PRINT) && <PrintBody events={events} cited={cited} categories={categories} lang={lang} />}
    </section>
  );
}

/** Up to this many events, the printout is always in the page (see PrintView). */
export const EAGER_PRINT = 500;

/** Whether the page is being printed: from `beforeprint` (rendered at once, before the browser lays out the pages) or the print media query, to `afterprint`. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia('print').matches);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

interface PrintBodyProps {
  events: readonly TimelineEvent[];
  cited: ReturnType<typeof citedBy>;
  categories: ReadonlyMap<string, Category>;
  lang: Lang;
}

/** The chronology, its footnotes and their works: re-rendered when they change, not when the view moves (the address above does). */
const PrintBody = memo(function PrintBody({ events, cited, categories, lang }: PrintBodyProps) {
  return (
    <>
      <h2>{t('printChronology')}</h2>
      {events.length === 0 ? (
        <p>{t('printNoEvents')}</p>
      ) : (
        <ol className="print-events">
          {events.map((event) => (
            <li key={event.id} className="print-event">
              <p className="print-event-date">{formatDateRange(event.start, event.end, event.approximate)}</p>
              <h3 className="print-event-title" lang={textLang(event, 'title', lang)}>
                {event.title}
              </h3>
              <p className="print-event-category" lang={textLang(categories.get(event.category) ?? {}, 'label', lang)}>
                {categories.get(event.category)?.label ?? event.category}
              </p>
              <p className="print-event-summary" lang={textLang(event, 'summary', lang)}>
                {event.summary}
              </p>
              <p className="print-event-sources">
                {event.footnotes.length === 0
                  ? event.section
                    ? t('noFootnote', { section: event.section })
                    : t('detailsNoFootnoteNoSection')
                  : t(event.footnotes.length === 1 ? 'footnoteList' : 'footnoteListPlural', { list: joinList(event.footnotes) })}
              </p>
            </li>
          ))}
        </ol>
      )}

      {cited.footnotes.length > 0 && (
        <>
          <h2>{t('printFootnotes')}</h2>
          <ol className="print-footnotes">
            {cited.footnotes.map((footnote) => {
              const note = localize(footnote, 'note', lang);
              return (
                <li key={footnote.n} value={footnote.n} className="print-footnote">
                  {footnote.citation ? <span className="print-footnote-citation">{footnote.citation}. </span> : null}
                  <span lang={langAttribute(note, lang)}>{localizedContent(note)}</span>
                </li>
              );
            })}
          </ol>
        </>
        )}

        {cited.references.length > 0 && (
          <>
            <h2>{t('printWorks')}</h2>
            <ul className="print-works">
              {cited.references.map((ref) => (
                <li key={ref.id} className="print-work">
                  <WorkCitation reference={ref} lang={lang} />
                </li>
              ))}
            </ul>
          </>
        )}
    </>
  );
});
