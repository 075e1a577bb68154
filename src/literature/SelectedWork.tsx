import { useEffect, useRef } from 'react';
import type { Dataset } from '../data/schema';
import { useStore } from '../state/store';
import { t } from '../i18n/messages';
import { LazyPart } from '../components/LazyPart';
import { literatureParts } from './lazy';
import { workShortName } from './works';
import { WORK_HEADING_ID } from './laneSize';
import { useFocusOnArrival } from '../components/useFocusOnArrival';

/** Puts focus back on the work's mark in the lane after its panel closes. */
function focusWork(id: string) {
  document.querySelector<SVGGElement>(`[data-work-id="${id.replace(/["\\]/g, '')}"]`)?.focus({ preventScroll: true });
}

/**
 * The panel of the selected cited work, beside the timeline. Opening moves
 * focus to its title and says so; closing (× or Esc) returns focus to the work's mark.
 */
export function SelectedWork({ dataset, pageUrl }: { dataset: Dataset; pageUrl: string }) {
  const selectedWork = useStore((s) => s.selectedWork);
  const selectWork = useStore((s) => s.selectWork);
  const selectEvent = useStore((s) => s.selectEvent);
  const announce = useStore((s) => s.announce);
  const reference = selectedWork ? dataset.references.find((r) => r.id === selectedWork) : undefined;
  const last = useRef<string | null>(null);
  // The panel's code may still be on its way: its title takes focus when it appears.
  const headingFocus = useFocusOnArrival<HTMLHeadingElement>();

  useEffect(() => {
    const previous = last.current;
    last.current = reference?.id ?? null;
    if (reference && reference.id !== previous) {
      headingFocus.request(WORK_HEADING_ID);
      announce(t('workSelected', { name: workShortName(reference) }));
    } else if (!reference && previous && !useStore.getState().selectedId) {
      focusWork(previous);
    }
  }, [reference, announce, headingFocus]);

  if (!reference) return null;
  const close = () => {
    selectWork(null);
    announce(t('detailsClosed'));
  };
  return (
    <div
      className="workspace-details"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <LazyPart module={literatureParts}>
        {({ WorkPanel }) => <WorkPanel ref={headingFocus.ref} reference={reference} dataset={dataset} pageUrl={pageUrl} onClose={close} onSelectEvent={selectEvent} />}
      </LazyPart>
    </div>
  );
}
