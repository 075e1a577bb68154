import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { whenLangReady } from './state/langSlice';
import './styles.css';
import './print.css';

const root = document.getElementById('root');
// A page that starts in Chinese waits for its texts (a small chunk) rather than flash English.
if (root) {
  void whenLangReady().then(() =>
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}
