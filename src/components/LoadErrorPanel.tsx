import { formatProblem, type Problem } from '../data/validate';
import { t } from '../i18n/messages';

interface LoadErrorPanelProps {
  message: string;
  problems: readonly Problem[];
  onRetry: () => void;
}

export function LoadErrorPanel({ message, problems, onRetry }: LoadErrorPanelProps) {
  return (
    <div role="alert" className="panel panel-error">
      <h2>{t('loadFailed')}</h2>
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="problems">
          {problems.map((problem, i) => (
            <li key={i}>
              <code>{formatProblem(problem)}</code>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
