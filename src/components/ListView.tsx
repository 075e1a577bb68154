import { useId, useMemo, useState } from 'react';
import { useStore } from '../state/store';
import { selectDataset, selectLang, selectSelectedId, selectVisibleEvents } from '../state/selectors';
import type { TimelineEvent } from '../data/schema';
import { formatDateRange } from '../data/formatDate';
import { joinList, t } from '../i18n/messages';
import { textLang } from '../i18n/localizeDataset';
import { CategorySymbol } from './CategorySymbol';
import './ListView.css';
import '../i18n/messagesLater';

export type SortOrder = 'ascending' | 'descending';

/** The sources column: "45, 78", or "section 7" for an event the article states without a footnote. */
export function footnotesText(event: TimelineEvent): string {
  if (event.footnotes.length > 0) return joinList(event.footnotes);
  return event.section ? t('listSection', { section: event.section }) : t('listNoSource');
}

const orderText = (order: SortOrder) => t(order === 'ascending' ? 'listOrderAscending' : 'listOrderDescending');

/**
 * The timeline as a table: the same filtered events, one row each. It is the
 * accessible and printable alternative to the chart, so it has no fixed
 * heights and lays out as an ordinary document table.
 */
export function ListView() {
  const dataset = useStore(selectDataset);
  const visible = useStore(selectVisibleEvents);
  const selectedId = useStore(selectSelectedId);
  const lang = useStore(selectLang);
  const selectEvent = useStore((state) => state.selectEvent);
  const announce = useStore((state) => state.announce);
  const [order, setOrder] = useState<SortOrder>('ascending');
  const captionId = useId();

  // selectVisibleEvents is in date order (ties broken by id), so newest first is its exact reverse.
  const rows = useMemo(() => (order === 'ascending' ? visible : [...visible].reverse()), [visible, order]);
  const categories = useMemo(
    () => new Map((dataset?.categories ?? []).map((category, index) => [category.id, { label: category.label, index, category }])),
    [dataset],
  );

  if (!dataset) return null;

  const toggleOrder = () => {
    const next: SortOrder = order === 'ascending' ? 'descending' : 'ascending';
    setOrder(next);
    announce(t('listSortAnnounce', { order: orderText(next) }));
  };

  return (
    <div className="list-view" role="region" aria-labelledby={captionId} tabIndex={0}>
      {/* The explicit roles repeat the native ones on purpose: the phone layout (ListView.css)
          changes `display` on these elements, which makes some browsers drop table semantics. */}
      <table className="list-table" role="table">
        <caption id={captionId}>
          {t('listCaption', { shown: visible.length, total: dataset.events.length, order: orderText(order) })}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" aria-sort={order} className="list-col-date">
              <button type="button" className="list-sort" onClick={toggleOrder}>
                {t('listColumnDate')}
                <span className="list-sort-arrow" aria-hidden="true">
                  {order === 'ascending' ? '▲' : '▼'}
                </span>
              </button>
            </th>
            <th scope="col" role="columnheader" className="list-col-title">
              {t('listColumnTitle')}
            </th>
            <th scope="col" role="columnheader" className="list-col-category">
              {t('listColumnCategory')}
            </th>
            <th scope="col" role="columnheader" className="list-col-footnotes">
              {t('listColumnFootnotes')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.length === 0 && (
            <tr role="row">
              <td role="cell" colSpan={4} className="list-empty">
                {t('listEmpty')}
              </td>
            </tr>
          )}
          {rows.map((event) => {
            const selected = event.id === selectedId;
            const category = categories.get(event.category);
            return (
              <tr
                key={event.id}
                role="row"
                data-event-id={event.id}
                className={selected ? 'list-row is-selected' : 'list-row'}
                aria-current={selected ? 'true' : undefined}
              >
                <td role="cell" className="list-date">{formatDateRange(event.start, event.end, event.approximate)}</td>
                <th scope="row" role="rowheader" className="list-title">
                  <button type="button" className="list-select" onClick={() => selectEvent(event.id)} lang={textLang(event, 'title', lang)}>
                    {event.title}
                  </button>
                </th>
                <td role="cell" className="list-category" data-label={t('listColumnCategory')}>
                  <span className="list-category-inner">
                    {category && <CategorySymbol index={category.index} />}
                    <span lang={category ? textLang(category.category, 'label', lang) : undefined}>{category?.label ?? event.category}</span>
                  </span>
                </td>
                <td role="cell" className="list-footnotes" data-label={t('listColumnFootnotes')}>{footnotesText(event)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
