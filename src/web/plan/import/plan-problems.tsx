import type { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Alert } from '../../app/ui/alert';

const listNames: Record<string, MessageKey> = {
  goals: 'import.path.goal',
  measures: 'import.path.measure',
  strategies: 'import.path.strategy',
  actions: 'import.path.action',
  targets: 'import.path.target',
  actuals: 'import.path.actual',
  budget: 'import.path.budget',
  decision_rights: 'import.path.decisionRight',
  milestones: 'import.path.milestone',
  values: 'import.path.value',
};

/**
 * "/plan/goals/0/measures/1/unit" as "Goal 1 › Measure 2 › unit", so a superintendent's assistant
 * can find the row in the spreadsheet; spreadsheet paths ("Measures!D7") are already readable.
 */
export function useDescribePath() {
  const t = useT();
  return (path: string): string => {
    if (!path.startsWith('/')) return path || t('import.path.document');
    const segments = path.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    const parts: string[] = [];
    for (let i = 0; i < segments.length; i += 1) {
      const segment = segments[i]!;
      const next = segments[i + 1];
      const list = listNames[segment];
      if (list && next !== undefined && /^\d+$/.test(next)) {
        parts.push(t(list, { number: Number(next) + 1 }));
        i += 1;
      } else if (segment !== 'plan' || i > 0) {
        parts.push(segment);
      }
    }
    return parts.length > 0 ? parts.join(' › ') : t('import.path.document');
  };
}

/** The refusal of an import: every problem with where it is, and the reassurance that nothing was stored. */
export function PlanProblems({ error }: { error: ApiError }) {
  const t = useT();
  const describe = useDescribePath();
  return (
    <Alert tone="danger" title={t('import.invalidTitle', { count: error.details.length })}>
      <p>{t('import.nothingStored')}</p>
      <ul className="plan-problems" aria-label={t('import.problemsLabel')}>
        {error.details.map((detail, at) => (
          <li key={`${detail.path}-${at}`}>
            <span className="plan-problem-where">{describe(detail.path)}</span>
            {detail.path && <code className="plan-problem-path">{detail.path}</code>}
            <span>{detail.message}</span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
