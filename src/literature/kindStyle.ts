/**
 * How each kind of work looks in the literature lane and the histogram:
 * a shape as well as a colour (never colour alone), from the same
 * colour-blind-safe palette as the categories.
 */
import type { Shape } from '../timeline/categoryStyle';
import type { MessageKey } from '../i18n/messages';
import type { WorkRow } from './works';
import '../i18n/messagesLater';

export interface KindStyle {
  readonly shape: Shape;
  readonly colour: string;
  readonly label: MessageKey;
}

export const KIND_STYLE: Readonly<Record<WorkRow, KindStyle>> = {
  official: { shape: 'square', colour: 'var(--cat-1)', label: 'kind_official' },
  'chinese-media': { shape: 'diamond', colour: 'var(--cat-3)', label: 'kind_chinese-media' },
  'western-media': { shape: 'triangle', colour: 'var(--cat-0)', label: 'kind_western-media' },
  scholarship: { shape: 'circle', colour: 'var(--cat-2)', label: 'kind_scholarship' },
  unknown: { shape: 'hexagon', colour: 'var(--cat-4)', label: 'kind_unknown' },
};
