import { useStore } from '../state/store';
import { t } from '../i18n/messages';

/**
 * The article's lens on the timeline: show the cited works under the axis,
 * and group the rows by category (packed, coloured) or by the article's sections.
 */
export function LensControls() {
  const literature = useStore((s) => s.literature);
  const setLiterature = useStore((s) => s.setLiterature);
  const groupBy = useStore((s) => s.groupBy);
  const setGroupBy = useStore((s) => s.setGroupBy);
  const announce = useStore((s) => s.announce);
  const group = (next: 'category' | 'section') => {
    if (next === groupBy) return;
    setGroupBy(next);
    announce(t(next === 'section' ? 'groupAnnounceSection' : 'groupAnnounceCategory'));
  };
  return (
    <div className="lens-controls">
      <div className="view-switch" role="group" aria-label={t('groupLabel')}>
        <span className="view-switch-label" aria-hidden="true">
          {t('groupLabel')}
        </span>
        <button type="button" aria-pressed={groupBy === 'category'} onClick={() => group('category')}>
          {t('groupByCategory')}
        </button>
        <button type="button" aria-pressed={groupBy === 'section'} onClick={() => group('section')}>
          {t('groupBySection')}
        </button>
      </div>
      <button
        type="button"
        className="literature-toggle"
        aria-pressed={literature}
        onClick={() => {
          setLiterature(!literature);
          announce(t(literature ? 'literatureHidden' : 'literatureShown'));
        }}
      >
        {t('literatureToggle')}
      </button>
    </div>
  );
}
