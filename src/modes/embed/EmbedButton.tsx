import { useRef, useState } from 'react';
import { useStore } from '../../state/store';
import { selectDataset } from '../../state/selectors';
import { chosenLang } from '../../state/langSlice';
import { t } from '../../i18n/messages';
import { LazyPart } from '../../components/LazyPart';
import { lazyModule } from '../../lazyModule';
import type { EmbedChoices } from './snippet';

/** The dialog and its snippet builder, fetched the first time it opens. */
const embedDialog = lazyModule(() => import('./EmbedDialog'));

/** Opens the "Embed" dialog, which builds the iframe snippet for a course page; focus comes back here when it closes. */
export function EmbedButton() {
  const dataset = useStore(selectDataset);
  // The choices the dialog opens with, but its default height, which comes with its code.
  const [initial, setInitial] = useState<Omit<EmbedChoices, 'height'> | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!dataset) return null;

  const open = () => {
    const state = useStore.getState();
    setInitial({
      event: state.selectedId && dataset.events.some((e) => e.id === state.selectedId) ? state.selectedId : null,
      categories: dataset.categories.map((c) => c.id).filter((id) => !state.hiddenCategories.includes(id)),
      theme: 'system',
      compact: false,
      // The language the teacher picked goes into the frame; otherwise each visitor's browser decides.
      lang: chosenLang(),
      tour: state.tour,
      literature: state.literature,
      bySection: state.groupBy === 'section',
    });
  };

  const close = () => {
    setInitial(null);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button type="button" ref={buttonRef} aria-haspopup="dialog" onClick={open}>
        {t('embedButton')}
      </button>
      {initial && (
        <LazyPart
          module={embedDialog}
          failedActions={
            <button type="button" onClick={close}>
              {t('embedClose')}
            </button>
          }
        >
          {(m) => <m.EmbedDialog dataset={dataset} initial={{ ...initial, height: m.DEFAULT_EMBED_HEIGHT }} page={m.pageAddress(window.location.href)} onClose={close} />}
        </LazyPart>
      )}
    </>
  );
}
