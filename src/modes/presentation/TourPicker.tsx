import { useId } from 'react';
import { useStore } from '../../state/store';
import { selectDataset, selectLang } from '../../state/selectors';
import { textLang } from '../../i18n/localizeDataset';
import { t } from '../../i18n/messages';
import { playableTours, presentTour, selectDataTour } from './tours';
import './TourPicker.css';

const ALL = '';
const FROM_LINK = ':link';

/**
 * "Present a tour": a menu of the dataset's tours, next to the Present button
 * and in the presentation's top bar. Choosing one presents it from its first
 * step; "all events" presents the visible events by date. Shown only when the
 * dataset has tours.
 */
export function TourPicker({ className }: { className?: string }) {
  const dataset = useStore(selectDataset);
  const tour = useStore((s) => s.tour);
  const lang = useStore(selectLang);
  const playing = useStore(selectDataTour);
  const id = useId();
  const tours = playableTours(dataset);
  if (tours.length === 0) return null;

  const fromLink = !playing && tour !== null && tour.length > 0;
  const value = playing ? playing.id : fromLink ? FROM_LINK : ALL;

  return (
    <span className={`tour-picker${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {t('tourPickerLabel')}
      </label>
      <select
        id={id}
        value={value}
        title={t('tourPickerLabel')}
        onChange={(e) => {
          const chosen = e.target.value;
          if (chosen === FROM_LINK) return;
          presentTour(tours.find((candidate) => candidate.id === chosen) ?? null);
        }}
      >
        <option value={ALL}>{t('tourAllEvents')}</option>
        {tours.map((candidate) => (
          <option key={candidate.id} value={candidate.id} lang={textLang(candidate, 'title', lang)}>
            {candidate.title}
          </option>
        ))}
        {fromLink && (
          <option value={FROM_LINK} disabled>
            {t('tourFromLink', { count: tour.length })}
          </option>
        )}
      </select>
    </span>
  );
}
