import { useEffect } from 'react';
import { useStore } from '../../state/store';
import { t } from '../../i18n/messages';
import { selectPresentationSequence } from './presentSequence';
import { isTextEntry } from './keys';

/** Starts presenting: on the selected event, or on the first of the sequence when none of it is selected. */
export function startPresentation() {
  const state = useStore.getState();
  const sequence = selectPresentationSequence(state);
  const first = sequence[0];
  if (first && !sequence.some((e) => e.id === state.selectedId)) state.selectEvent(first.id);
  state.setMode('present');
}

/** The "Present" button; the P key does the same anywhere on the page but in a text field. */
export function PresentButton() {
  const canPresent = useStore((state) => state.dataset !== null);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target)) return;
      if (e.key !== 'p' && e.key !== 'P') return;
      // Not behind an open dialog or menu: P belongs to it there.
      if (e.target instanceof Element && e.target.closest('dialog[open], [role="dialog"], [role="menu"]')) return;
      if (useStore.getState().mode === 'present' || !useStore.getState().dataset) return;
      e.preventDefault();
      startPresentation();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!canPresent) return null;
  return (
    <button type="button" className="present-button" onClick={startPresentation} aria-keyshortcuts="P" title={t('presentButtonTitle')}>
      {t('presentButton')}
    </button>
  );
}
