import { useStore } from '../state/store';

/** The one polite live region: zoom, filter and selection changes are announced here, briefly. */
export function LiveRegion() {
  const announcement = useStore((state) => state.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}
