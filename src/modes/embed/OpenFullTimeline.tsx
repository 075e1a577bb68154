import { useStore, type StoreState } from '../../state/store';
import { toUrlState } from '../../state/urlSync';
import { encodeUrlState } from '../../state/urlState';
import { t } from '../../i18n/messages';
import { withoutEmbedOptions } from './embedOptions';
import '../../i18n/messagesLater';

/** The address of the current view without the embed options (from location.href: a sandboxed frame's origin is "null"). */
export function fullTimelineUrl(state: StoreState, href: string = window.location.href): string {
  const base = withoutEmbedOptions(href).replace(/#.*$/s, '');
  const hash = state.dataset ? encodeUrlState(toUrlState(state, state.dataset)) : '';
  return `${base}${hash ? `#${hash}` : ''}`;
}

/** In an embed: the same view, full page, in a new tab. */
export function OpenFullTimeline() {
  const href = useStore((state) => fullTimelineUrl(state));
  return (
    <a className="embed-open-full" href={href} target="_blank" rel="noopener">
      {t('embedOpenFull')}
      <span className="visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}
