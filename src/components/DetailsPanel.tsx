import { Fragment, type Ref } from 'react';
import { COPIED, COPY_FAILED, COPY_FIELD, useCopy } from './useCopy';
import type { Dataset, Footnote, Reference, TimelineEvent } from '../data/schema';
import { formatDateRange } from '../data/formatDate';
import { parseDate } from '../data/dates';
import { citationEnd, citationSeparator, citeEvent, referenceParts, type CitationPart } from '../data/cite';
import { t, type MessageKey } from '../i18n/messages';
import { HTML_LANG, langAttribute, localize } from '../i18n/localize';
import { englishText, textLang } from '../i18n/localizeDataset';
import { localizedContent, mixedText, quotedEnglish } from '../i18n/tParts';
import { useStore } from '../state/store';
import { selectLang } from '../state/selectors';
import { CategorySymbol } from './CategorySymbol';
import './DetailsPanel.css';

import { DETAILS_HEADING_ID } from './detailsIds';
import '../i18n/messagesLater';

export { DETAILS_HEADING_ID };

export interface DetailsPanelProps {
  event: TimelineEvent;
  dataset: Dataset;
  onClose(): void;
  onPrevious?(): void;
  onNext?(): void;
  /** The address of this event's view, for "Copy link" and the citation. */
  pageUrl: string;
  /** Receives the h2, so the panel's title can be focused when it opens. */
  ref?: Ref<HTMLHeadingElement>;
}


function precisionKey(event: TimelineEvent): MessageKey {
  if (event.approximate) return 'detailsPrecisionApproximate';
  const start = parseDate(event.start);
  const end = event.end === undefined ? null : parseDate(event.end);
  const rank = { year: 0, month: 1, day: 2 } as const;
  const precision = [start, end].reduce<'year' | 'month' | 'day'>(
    (coarsest, date) => (date && rank[date.precision] < rank[coarsest] ? date.precision : coarsest),
    start?.precision ?? 'year',
  );
  return precision === 'day' ? 'detailsPrecisionDay' : precision === 'month' ? 'detailsPrecisionMonth' : 'detailsPrecisionYear';
}

/** One part of a citation: a link (new tab) when it has a safe href, text otherwise. */
function PartView({ part }: { part: CitationPart }) {
  const pageLang = useStore(selectLang);
  // A title in another language than the page's is read in its own voice.
  const lang = part.lang && part.lang !== pageLang ? HTML_LANG[part.lang] : undefined;
  if (part.href) {
    return (
      <a className={`cite-${part.kind}`} href={part.href} target="_blank" rel="noopener noreferrer">
        {part.text}
        <span className="visually-hidden"> {t('opensInNewTab')}</span>
      </a>
    );
  }
  return (
    <span className={`cite-${part.kind}`} lang={lang}>
      {lang ? part.text : mixedText(part.text, pageLang)}
    </span>
  );
}

/** A full citation of a work; the editorial note, if any, goes on its own line below. */
export function Citation({ reference }: { reference: Reference }) {
  const pageLang = useStore(selectLang);
  const all = referenceParts(reference, pageLang);
  const parts = all.filter((p) => p.kind !== 'note');
  const notes = all.filter((p) => p.kind === 'note');
  return (
    <>
      <span className="citation">
        {parts.map((part, i) => {
          const previous = parts[i - 1];
          return (
            <Fragment key={i}>
              {previous && citationSeparator(previous, part)}
              <PartView part={part} />
            </Fragment>
          );
        })}
        {citationEnd(parts[parts.length - 1])}
      </span>
      {notes.map((note, i) => (
        <span key={i} className="cite-note" lang={note.lang && note.lang !== pageLang ? HTML_LANG[note.lang] : undefined}>
          {note.lang === 'zh' ? quotedEnglish(note.text) : note.text}
        </span>
      ))}
    </>
  );
}

function FootnoteView({ n, footnote, references }: { n: number; footnote: Footnote | undefined; references: ReadonlyMap<string, Reference> }) {
  const pageLang = useStore(selectLang);
  const note = footnote && localize(footnote, 'note', pageLang);
  return (
    <li className="details-footnote">
      <h4>
        {t('detailsFootnote', { n })}
        {footnote?.citation && <span className="details-footnote-citation"> · {footnote.citation}</span>}
      </h4>
      {!footnote ? (
        <p>{t('detailsFootnoteMissing', { n })}</p>
      ) : (
        <>
          {note?.text && (
            <p className="details-footnote-note" lang={langAttribute(note, pageLang)}>
              {localizedContent(note)}
            </p>
          )}
          {footnote.refs.length > 0 && (
            <ul className="details-references">
              {footnote.refs.map((id) => {
                const reference = references.get(id);
                return <li key={id}>{reference ? <Citation reference={reference} /> : t('detailsReferenceMissing', { id })}</li>;
              })}
            </ul>
          )}
        </>
      )}
    </li>
  );
}

/**
 * The details of one event and every source behind it: a complementary
 * region next to the timeline (not a modal). Presentational: the caller owns
 * selection, Esc and focus; the panel only copies to the clipboard and
 * announces what it copied.
 */
export function DetailsPanel({ event, dataset, onClose, onPrevious, onNext, pageUrl, ref }: DetailsPanelProps) {
  const { copied, fallback, fallbackRef, copy } = useCopy(event.id);

  const pageLang = useStore(selectLang);
  const categoryIndex = dataset.categories.findIndex((c) => c.id === event.category);
  const category = dataset.categories[categoryIndex];
  const footnotes = new Map(dataset.footnotes.map((f) => [f.n, f]));
  const references = new Map(dataset.references.map((r) => [r.id, r]));
  const dateSource = localize(event, 'dateSource', pageLang);

  return (
    <aside className="details-panel" aria-labelledby={DETAILS_HEADING_ID}>
      <div className="details-top">
        <p className="details-date">
          <span className="details-date-text">{formatDateRange(event.start, event.end, event.approximate)}</span>{' '}
          <span className="details-precision">{t('detailsPrecision', { precision: t(precisionKey(event)) })}</span>
        </p>
        <button type="button" className="details-close" aria-label={t('detailsClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id={DETAILS_HEADING_ID} className="details-title" tabIndex={-1} ref={ref} lang={textLang(event, 'title', pageLang)}>
        {event.title}
      </h2>
      <p className="details-category">
        <CategorySymbol index={Math.max(categoryIndex, 0)} />
        <span className="visually-hidden">{t('detailsCategory')} </span>
        <span lang={category ? textLang(category, 'label', pageLang) : englishText(pageLang)}>{category?.label ?? event.category}</span>
      </p>
      {event.summary && (
        <p className="details-summary" lang={textLang(event, 'summary', pageLang)}>
          {event.summary}
        </p>
      )}
      {dateSource.text && (
        <div className="details-date-source">
          <h3>{t('detailsDateSource')}</h3>
          <p lang={langAttribute(dateSource, pageLang)}>{localizedContent(dateSource)}</p>
        </div>
      )}

      <section className="details-sources" aria-labelledby={`${DETAILS_HEADING_ID}-sources`}>
        <h3 id={`${DETAILS_HEADING_ID}-sources`}>{t('detailsSources')}</h3>
        {event.footnotes.length === 0 ? (
          <p className="details-no-footnote">
            {event.section ? t('noFootnote', { section: event.section }) : t('detailsNoFootnoteNoSection')}
          </p>
        ) : (
          <ol className="details-footnotes">
            {event.footnotes.map((n) => (
              <FootnoteView key={n} n={n} footnote={footnotes.get(n)} references={references} />
            ))}
          </ol>
        )}
      </section>

      <div className="details-actions">
        <button type="button" onClick={() => void copy('citation', citeEvent(event, dataset, pageUrl))}>
          {t('detailsCite')}
        </button>
        <button type="button" onClick={() => void copy('link', pageUrl)}>
          {t('detailsCopyLink')}
        </button>
        <button type="button" onClick={onPrevious} disabled={!onPrevious}>
          {t('detailsPrevious')}
        </button>
        <button type="button" onClick={onNext} disabled={!onNext}>
          {t('detailsNext')}
        </button>
      </div>
      {copied && <p className="details-copied">{t(COPIED[copied])}</p>}
      {fallback && (
        <div className="details-copy-fallback">
          <p id={`${DETAILS_HEADING_ID}-copy-help`}>{t(COPY_FAILED[fallback.kind])}</p>
          <textarea
            ref={fallbackRef}
            readOnly
            rows={fallback.kind === 'citation' ? 5 : 2}
            value={fallback.text}
            aria-label={t(COPY_FIELD[fallback.kind])}
            aria-describedby={`${DETAILS_HEADING_ID}-copy-help`}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </aside>
  );
}
