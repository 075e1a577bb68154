import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useStore } from '../state/store';
import { selectDataset, selectQuery, selectVisibleEvents } from '../state/selectors';
import { t } from '../i18n/messages';
import { searchCode } from '../state/searchSlice';
import './SearchBox.css';

/** How long typing must pause before the number of matches is spoken. */
export const ANNOUNCE_DELAY_MS = 400;

/**
 * The search field: filters the timeline and the list as the user types,
 * shows how many events match, and says so (once typing pauses) in the live
 * region. Esc or the × button clears it.
 */
export function SearchBox() {
  const dataset = useStore(selectDataset);
  const query = useStore(selectQuery);
  const shown = useStore((state) => selectVisibleEvents(state).length);
  const setQuery = useStore((state) => state.setQuery);
  const announce = useStore((state) => state.announce);
  const searchFailed = useStore((state) => state.searchFailed);
  const searchReady = useStore((state) => state.search !== null) || searchCode.current() !== undefined;
  const inputId = useId();
  const countId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const lastAnnounced = useRef(query);

  const total = dataset?.events.length ?? 0;
  const active = query.trim() !== '';
  // Without its matcher (offline) a query filters nothing: say so rather than show every event as a match.
  // Until its matcher is here (fetched when the browser is first idle) a query filters nothing yet: say
  // it is on its way rather than count every event as a match.
  const countText = searchFailed
    ? t('partLoadFailed')
    : !searchReady
      ? t('partLoading')
      : shown === 0
        ? t('searchNoMatch')
        : t('searchCount', { count: shown, total });

  // Speak the result once typing pauses, not on every keystroke; nothing on first render.
  useEffect(() => {
    if (query === lastAnnounced.current) return;
    const timer = window.setTimeout(() => {
      lastAnnounced.current = query;
      announce(query.trim() ? countText : t('searchCleared', { count: shown, total }));
    }, ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, countText, shown, total, announce]);

  const clear = () => {
    setQuery('');
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      event.stopPropagation(); // Esc here clears the search; it should not also close a panel
      setQuery('');
    }
  };

  return (
    <div className={active ? 'search-box is-active' : 'search-box'} role="search">
      <label htmlFor={inputId} className="search-label">
        {t('searchLabel')}
      </label>
      <div className="search-row">
        <div className="search-field">
          <input
            ref={inputRef}
            id={inputId}
            type="search"
            className="search-input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby={active ? countId : undefined}
          />
          {query !== '' && (
            <button type="button" className="search-clear" aria-label={t('searchClear')} onClick={clear}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
        {active && (
          <p id={countId} className="search-count">
            {countText}
          </p>
        )}
      </div>
    </div>
  );
}
