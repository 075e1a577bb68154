import type { Ref } from 'react';
import type { Dataset, Reference } from '../data/schema';
import { formatDateRange } from '../data/formatDate';
import { referenceText } from '../data/cite';
import { t } from '../i18n/messages';
import { langAttribute, localize } from '../i18n/localize';
import { localizedContent } from '../i18n/tParts';
import { useStore } from '../state/store';
import { selectLang } from '../state/selectors';
import { Citation } from '../components/DetailsPanel';
import { WORK_HEADING_ID } from './laneSize';
import { COPY_FAILED, COPY_FIELD, COPIED, useCopy } from '../components/useCopy';
import { KIND_STYLE } from './kindStyle';
import { citationsOf, publicationDate } from './works';
import '../components/DetailsPanel.css';
import '../i18n/messagesLater';

export interface WorkPanelProps {
  reference: Reference;
  dataset: Dataset;
  onClose(): void;
  /** Opens an event's details (one of the events the work's footnotes support). */
  onSelectEvent(id: string): void;
  /** The address of this view, for "Copy link". */
  pageUrl: string;
  ref?: Ref<HTMLHeadingElement>;
}

/**
 * One cited work: its full citation and link, every footnote of the article
 * that cites it, and the timeline events those footnotes support. A
 * complementary region beside the timeline, like the event details.
 */
export function WorkPanel({ reference, dataset, onClose, onSelectEvent, pageUrl, ref }: WorkPanelProps) {
  const { copied, fallback, fallbackRef, copy } = useCopy(reference.id);
  const { footnotes, events } = citationsOf(dataset, reference.id);
  const date = publicationDate(reference);
  const kind = t(KIND_STYLE[reference.kind ?? 'unknown'].label);
  const headingId = WORK_HEADING_ID;
  const pageLang = useStore(selectLang);

  return (
    <aside className="details-panel work-panel" aria-labelledby={headingId}>
      <div className="details-top">
        <p className="details-date">{date ? t('workPanelKind', { kind, date: formatDateRange(date.iso) }) : t('workPanelUndated', { kind })}</p>
        <button type="button" className="details-close" aria-label={t('workPanelClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id={headingId} className="details-title" tabIndex={-1} ref={ref}>
        {reference.title}
      </h2>
      <p className="details-summary">
        <Citation reference={reference} />
      </p>

      <section className="details-sources" aria-labelledby={`${headingId}-footnotes`}>
        <h3 id={`${headingId}-footnotes`}>{t('workPanelFootnotes')}</h3>
        {footnotes.length === 0 ? (
          <p className="details-no-footnote">{t('workPanelNoFootnotes')}</p>
        ) : (
          <ol className="details-footnotes work-footnotes">
            {footnotes.map((footnote) => {
              const note = localize(footnote, 'note', pageLang);
              return (
                <li key={footnote.n} className="details-footnote" data-footnote={footnote.n}>
                  <h4>
                    {t('detailsFootnote', { n: footnote.n })}
                    {footnote.citation && <span className="details-footnote-citation"> · {footnote.citation}</span>}
                  </h4>
                  {note.text && (
                    <p className="details-footnote-note" lang={langAttribute(note, pageLang)}>
                      {localizedContent(note)}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {footnotes.length > 0 && (
        <section className="details-sources" aria-labelledby={`${headingId}-events`}>
          <h3 id={`${headingId}-events`}>{t('workPanelEvents')}</h3>
          {events.length === 0 ? (
            <p className="details-no-footnote">{t('workPanelNoEvents')}</p>
          ) : (
            <ul className="work-events">
              {events.map((event) => (
                <li key={event.id}>
                  <button type="button" className="link-button" data-event-id={event.id} onClick={() => onSelectEvent(event.id)}>
                    {formatDateRange(event.start, event.end, event.approximate)} · {event.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <div className="details-actions">
        <button type="button" onClick={() => void copy('citation', referenceText(reference))}>
          {t('detailsCiteWork')}
        </button>
        <button type="button" onClick={() => void copy('link', pageUrl)}>
          {t('detailsCopyLink')}
        </button>
      </div>
      {copied && <p className="details-copied">{t(COPIED[copied])}</p>}
      {fallback && (
        <div className="details-copy-fallback">
          <p id={`${headingId}-copy-help`}>{t(COPY_FAILED[fallback.kind])}</p>
          <textarea
            ref={fallbackRef}
            readOnly
            rows={fallback.kind === 'citation' ? 5 : 2}
            value={fallback.text}
            aria-label={t(COPY_FIELD[fallback.kind])}
            aria-describedby={`${headingId}-copy-help`}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </aside>
  );
}
