import { t } from '../i18n/messages';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/** Buttons for zoom in, zoom out and fit all: the non-drag alternative to the gestures. */
export function ZoomControls({ onZoomIn, onZoomOut, onFitAll, canZoomIn, canZoomOut }: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoomControls')}>
      <button type="button" onClick={onZoomIn} disabled={!canZoomIn}>
        <span aria-hidden="true">+</span> {t('zoomIn')}
      </button>
      <button type="button" onClick={onZoomOut} disabled={!canZoomOut}>
        <span aria-hidden="true">−</span> {t('zoomOut')}
      </button>
      <button type="button" onClick={onFitAll} disabled={!canZoomOut}>
        <span aria-hidden="true">↔</span> {t('fitAll')}
      </button>
    </div>
  );
}
