import { useRef, useState } from 'react';
import { useStore } from '../../state/store';
import { selectDataset } from '../../state/selectors';
import { t } from '../../i18n/messages';
import { EmbedDialog } from './EmbedDialog';
import { DEFAULT_EMBED_HEIGHT, pageAddress, type EmbedChoices } from './snippet';
import './embed.css';

/** Opens the "Embed" dialog, which builds the iframe snippet for a course page; focus comes back here when it closes. */
export function EmbedButton() {
  const dataset = useStore(selectDataset);
  const [initial, setInitial] = useState<EmbedChoices | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!dataset) return null;

  const open = () => {
    const state = useStore.getState();
    setInitial({
      event: state.selectedId && dataset.events.some((e) => e.id === state.selectedId) ? state.selectedId : null,
      categories: dataset.categories.map((c) => c.id).filter((id) => !state.hiddenCategories.includes(id)),
      theme: 'system',
      compact: false,
      height: DEFAULT_EMBED_HEIGHT,
    });
  };

  return (
    <>
      <button type="button" ref={buttonRef} aria-haspopup="dialog" onClick={open}>
        {t('embedButton')}
      </button>
      {initial && (
        <EmbedDialog
          dataset={dataset}
          initial={initial}
          page={pageAddress(window.location.href)}
          onClose={() => {
            setInitial(null);
            buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
