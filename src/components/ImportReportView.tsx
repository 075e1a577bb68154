import { useState } from 'react';
import type { ImportResult } from '../data/import/lenient';
import { formatProblem, localizeProblem } from '../data/problem';
import { HTML_LANG } from '../i18n/localize';
import { currentLang } from '../i18n/messages';
import { t } from '../i18n/messages';
import { summaryText } from '../state/importSlice';
import '../i18n/messagesLater';

/** The whole report as plain text, for copying into an e-mail or an issue. */
export function reportText(name: string, result: ImportResult): string {
  const lines = result.problems.map((p) => `${t('labelled', { label: t(p.severity === 'rejected' ? 'importRejected' : 'importWarning') })} ${formatProblem(p)}`);
  return [`${name}: ${summaryText(result)}`, ...lines].join('\n');
}

interface ImportReportViewProps {
  name: string;
  result: ImportResult;
}

/** The validation report: a summary, and every skipped record with its line or JSON path and a plain reason. */
export function ImportReportView({ name, result }: ImportReportViewProps) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reportText(name, result));
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="import-report">
      <p className="import-summary">{result.dataset ? summaryText(result) : t('importNothing', { name })}</p>
      {result.problems.length > 0 && (
        <details open={!result.dataset}>
          <summary>{t('importProblems', { count: result.problems.length })}</summary>
          <ul className="import-problems">
            {result.problems.map((problem, i) => {
              const line = localizeProblem(problem);
              return (
                <li key={i} className={`import-problem ${problem.severity}`}>
                  <strong>{t('labelled', { label: t(problem.severity === 'rejected' ? 'importRejected' : 'importWarning') })}</strong>{' '}
                  <code lang={line.lang === currentLang() ? undefined : HTML_LANG[line.lang]}>{line.text}</code>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => void copy()}>
            {t('importCopyReport')}
          </button>
          {copied === 'yes' && <span role="status"> {t('importReportCopied')}</span>}
          {copied === 'no' && <textarea className="import-report-text" readOnly value={reportText(name, result)} aria-label={t('importCopyReport')} ref={(node) => node?.select()} />}
        </details>
      )}
    </div>
  );
}
