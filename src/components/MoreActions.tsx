import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../i18n/messages';
import { useMediaQuery } from './useMediaQuery';
import { usePressOutside } from './usePressOutside';
import './MoreActions.css';

/**
 * Narrow screens, where the row of actions would wrap into several rows above the timeline.
 * The same width as the `@media` in MoreActions.css, which lays the controls out in one row.
 */
export const COMPACT_QUERY = '(max-width: 659.98px)';

/**
 * The secondary actions of the page. On a wide screen they are simply in the row (this
 * component draws nothing of its own); on a narrow one they go behind a "More" disclosure
 * button: Esc closes it and returns focus to the button, a press outside or focus leaving
 * closes it. The actions stay the same elements either way (turning a phone does not reset
 * an open dialog), and a dialog one of them opens stays inside the panel, which stays open
 * under it so that focus comes back to the action when the dialog closes.
 */
export function MoreActions({ children }: { children: ReactNode }) {
  const compact = useMediaQuery(COMPACT_QUERY);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const toggleId = useId();
  const shown = compact && open;

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }, []);

  // Back to a wide screen: the actions are in the row again, and the panel is closed the next time it is narrow.
  useEffect(() => {
    if (!compact) setOpen(false);
  }, [compact]);

  // A press outside closes the panel (one inside a dialog an action opened is inside: the dialog is in the panel).
  usePressOutside(rootRef, shown, () => close(false));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || !shown || e.defaultPrevented) return;
    // Esc in a dialog an action opened closes that dialog, not this panel.
    if (e.target instanceof Element && e.target.closest('dialog[open], [role="dialog"]')) return;
    e.preventDefault();
    close(true);
  };

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (shown && e.relatedTarget && !rootRef.current?.contains(e.relatedTarget as Node)) close(false);
  };

  return (
    <div className={compact ? 'more-actions is-compact' : 'more-actions'} ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      {compact && (
        <button
          ref={toggleRef}
          id={toggleId}
          type="button"
          className="more-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          {t('moreActions')} <span aria-hidden="true">▾</span>
        </button>
      )}
      <div
        className="more-panel"
        {...(compact ? { id: panelId, role: 'group', 'aria-labelledby': toggleId, hidden: !open } : {})}
      >
        {children}
      </div>
    </div>
  );
}
