import { useEffect } from 'react';
import { useStore } from './state/store';
import { selectDataset, selectEventsByDate, selectLoadError, selectStatus } from './state/selectors';
import { Timeline } from './components/Timeline';
import { LoadErrorPanel } from './components/LoadErrorPanel';
import { t } from './i18n/messages';
import { doiUrl } from './data/urls';

export function App() {
  const dataset = useStore(selectDataset);
  const events = useStore(selectEventsByDate);
  const status = useStore(selectStatus);
  const loadError = useStore(selectLoadError);
  const loadData = useStore((state) => state.loadData);

  useEffect(() => {
    if (useStore.getState().status === 'idle') void loadData();
  }, [loadData]);

  const source = dataset?.source;
  return (
    <main className="app">
      <figure className="timeline-figure" aria-busy={status === 'loading'}>
        <figcaption>
          <h1>{t('appTitle')}</h1>
          <p className="takeaway">{t('takeaway')}</p>
          <p className="how-to-read">{t('howToRead')}</p>
        </figcaption>
        {status === 'loading' && !dataset && <p role="status">{t('loading')}</p>}
        {loadError && <LoadErrorPanel message={loadError.message} problems={loadError.problems} onRetry={() => void loadData()} />}
        {dataset && <Timeline dataset={dataset} events={events} />}
      </figure>
      {source && (
        <footer className="credit">
          {t('sourceCredit', {
            authors: source.authors?.join(', ') ?? '',
            year: source.year ?? '',
            title: source.title,
            journal: source.journal ?? '',
            volume: source.volume ?? '',
            issue: source.issue ?? '',
          })}{' '}
          {source.doi && <a href={doiUrl(source.doi)}>doi:{source.doi}</a>}
        </footer>
      )}
    </main>
  );
}
