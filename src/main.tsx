import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { readBootWidth } from './components/useElementWidth';
import { whenLangReady } from './state/langSlice';
import { startUp } from './state/startup';
import { beforeFirstRender } from './modes/embed/beforeFirstRender';
import { decodeUrlState } from './state/urlState';
import { searchCode } from './state/searchSlice';
import { detailsPanel } from './components/detailsPanelModule';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // React draws once, with the data, rather than an empty shell and then the timeline (half the
  // start-up time of a big dataset went on that); until then the page shows index.html's own Loading
  // line. A page in Chinese first gets its texts (a small chunk), so the data's messages are in its
  // language, and an embedded page its embedding code and styles, so its first frame is embedded; the
  // data file is already on its way meanwhile (index.html preloads it).
  // A link with a search in it (#q=) first gets search's matcher, so its first frame is already filtered;
  // a link to an event (#event=), the details' code, so its first frame shows them.
  const { q, event } = decodeUrlState(window.location.hash);
  const searchFirst = q ? searchCode.load().catch(() => {}) : undefined;
  const detailsFirst = event ? detailsPanel.load().catch(() => {}) : undefined;
  void Promise.all([whenLangReady().then(() => startUp().loaded), beforeFirstRender(), searchFirst, detailsFirst]).then(() => {
    // The timeline's width, from index.html's stand-in (already laid out, so this costs no layout):
    // the first render draws the timeline at once instead of measuring an empty one first.
    readBootWidth(document.getElementById('boot-probe'));
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    );
  });
}
