import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { whenLangReady } from './state/langSlice';
import { startUp } from './state/startup';
import './styles.css';
import './print.css';

const root = document.getElementById('root');
if (root) {
  // The data (preloaded by index.html) and, for a page in Chinese, its texts come first; until then the
  // page shows index.html's own "Loading" line. React then draws once, with the data, rather than an
  // empty shell and then the timeline (half the start-up time of a big dataset went on that).
  // (The data's messages are in the page's language, so its texts come first; the file itself is
  // already on its way, by index.html's preload.)
  void whenLangReady()
    .then(() => startUp().loaded)
    .then(() =>
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}
