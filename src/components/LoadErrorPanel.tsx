import { localizeProblem, type Problem } from '../data/problem';
import { HTML_LANG } from '../i18n/localize';
import { currentLang } from '../i18n/messages';
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
          {problems.map((problem, i) => {
            const line = localizeProblem(problem);
            return (
              <li key={i}>
                <code lang={line.lang === currentLang() ? undefined : HTML_LANG[line.lang]}>{line.text}</code>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
