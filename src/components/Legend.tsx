import { useId, useMemo, useRef } from 'react';
import { useStore } from '../state/store';
import { selectDataset, selectHiddenCategories, selectLang, selectVisibleEvents } from '../state/selectors';
import { formatNumber, t } from '../i18n/messages';
import { textLang } from '../i18n/localizeDataset';
import { CategorySymbol } from './CategorySymbol';
import './Legend.css';

interface LegendProps {
  /** The level of the legend's heading in the page outline; 2 by default. */
  headingLevel?: 2 | 3 | 4;
}

/** Says, after a filter change, how many categories and events are shown. */
function announceFilter() {
  const state = useStore.getState();
  const categories = state.dataset?.categories ?? [];
  const shown = categories.filter((c) => !state.hiddenCategories.includes(c.id)).length;
  state.announce(t('legendAnnounce', { shown, total: categories.length, count: selectVisibleEvents(state).length }));
}

/**
 * The category legend, which doubles as the category filter: one toggle
 * button per category (pressed = shown) with its symbol, label and number of
 * events, and "Show all" while something is hidden.
 */
export function Legend({ headingLevel = 2 }: LegendProps) {
  const dataset = useStore(selectDataset);
  const hidden = useStore(selectHiddenCategories);
  const lang = useStore(selectLang);
  const toggleCategory = useStore((state) => state.toggleCategory);
  const setHiddenCategories = useStore((state) => state.setHiddenCategories);
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  const counts = useMemo(() => {
    const byCategory = new Map<string, number>();
    for (const event of dataset?.events ?? []) byCategory.set(event.category, (byCategory.get(event.category) ?? 0) + 1);
    return byCategory;
  }, [dataset]);

  if (!dataset) return null;
  const Heading = `h${headingLevel}` as const;
  const anyHidden = dataset.categories.some((c) => hidden.includes(c.id));

  const toggle = (id: string) => {
    toggleCategory(id);
    announceFilter();
  };

  const showAll = () => {
    setHiddenCategories([]);
    announceFilter();
    // "Show all" disappears once everything is shown: keep focus in the legend.
    listRef.current?.querySelector('button')?.focus();
  };

  return (
    <section className="legend" aria-labelledby={headingId}>
      <Heading id={headingId} className="legend-title">
        {t('legendTitle')}
      </Heading>
      <p className="legend-hint">
        {t('legendHint')}
      </p>
      <ul className="legend-list" ref={listRef}>
        {dataset.categories.map((category, index) => {
          const shown = !hidden.includes(category.id);
          const count = counts.get(category.id) ?? 0;
          return (
            <li key={category.id}>
              <button
                type="button"
                className={shown ? 'legend-toggle' : 'legend-toggle is-off'}
                aria-pressed={shown}
                onClick={() => toggle(category.id)}
              >
                <span className="legend-check" aria-hidden="true">
                  {shown ? '✓' : ''}
                </span>
                <CategorySymbol index={index} />
                <span className="legend-label" lang={textLang(category, 'label', lang)}>
                  {category.label}
                </span>{' '}
                {/* The name is the visible text plus a hidden word: "National policy 18 events". */}
                <span className="legend-count">
                  {formatNumber(count, lang)}{' '}
                  <span className="visually-hidden">{t(count === 1 ? 'legendEventsOne' : 'legendEvents')}</span>
                </span>
              </button>
            </li>
          );
        })}
        {anyHidden && (
          <li>
            <button type="button" className="legend-show-all" onClick={showAll}>
              {t('legendShowAll')}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
