import type { Dataset } from '../../data/schema';

/** STUB (helper B replaces): presentation mode, one event per slide. */
export function PresentationView(_props: { dataset: Dataset }) {
  return null;
}
