import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/messages';

interface State {
  error: Error | null;
}

/** Any runtime error shows a readable panel with a way back, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Timeline error:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const reload = () => {
      const url = new URL(window.location.href);
      const lang = url.searchParams.get('lang');
      url.search = '';
      url.hash = '';
      // The reader's language stays; everything else (an import link, the view) is left behind.
      if (lang) url.searchParams.set('lang', lang);
      window.location.assign(url.href);
    };
    return (
      <div role="alert" className="panel panel-error">
        <h2>{t('errorTitle')}</h2>
        <p>{t('errorBody')}</p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <button type="button" onClick={reload}>
          {t('errorReload')}
        </button>
      </div>
    );
  }
}
