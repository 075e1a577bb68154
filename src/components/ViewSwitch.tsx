import { useStore } from '../state/store';
import { selectView } from '../state/selectors';
import { t } from '../i18n/messages';

/** Timeline or list: the table is one toggle away, as the accessible and printable alternative. */
export function ViewSwitch() {
  const view = useStore(selectView);
  const setView = useStore((s) => s.setView);
  const announce = useStore((s) => s.announce);
  const choose = (next: 'timeline' | 'list') => {
    if (next === view) return;
    setView(next);
    announce(t(next === 'list' ? 'viewAnnounceList' : 'viewAnnounceTimeline'));
  };
  return (
    <div className="view-switch" role="group" aria-label={t('viewSwitch')}>
      <span className="view-switch-label" aria-hidden="true">
        {t('viewSwitch')}
      </span>
      <button type="button" aria-pressed={view === 'timeline'} onClick={() => choose('timeline')}>
        {t('viewTimeline')}
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => choose('list')}>
        {t('viewList')}
      </button>
    </div>
  );
}
