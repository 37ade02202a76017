import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { Icon } from '../../app/ui/icons';
import { Loading } from '../../app/ui/loading';
import { useCheckMessage } from '../plans/check-message';
import { useFieldLabel } from '../plans/field-labels';
import { levelOf, titleOf } from '../plans/level-names';
import { elementPath, planPath } from '../plans/plan-views';
import { usePlanWorkspace } from '../plans/plan-workspace-context';

/**
 * The plan read as a reviewer would: measures with no baseline, targets going the wrong way, vague
 * wording, nobody owning a strategy. Warnings first; each links to what it is about.
 */
export function ChecksView() {
  const t = useT();
  const fieldLabel = useFieldLabel();
  const checkMessage = useCheckMessage();
  const { plan, organization, index, levelNames, checks } = usePlanWorkspace();
  const list = [...(checks.data?.checks ?? [])].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1));
  const warnings = list.filter((check) => check.severity === 'warning').length;

  return (
    <section className="card" aria-labelledby="checks-heading">
      <div className="card-header">
        <div>
          <h2 id="checks-heading">{t('checks.title')}</h2>
          <p>{checks.data ? t('checks.summary', { count: list.length, warnings }) : t('checks.description')}</p>
        </div>
        <Button size="small" onClick={() => void checks.reload()} isBusy={checks.isLoading}>
          {t('action.refresh')}
        </Button>
      </div>
      {checks.isLoading && !checks.data && <Loading />}
      {checks.error && (
        <div className="card-body">
          <PlanErrorAlert error={checks.error} title={t('checks.loadFailed')} />
        </div>
      )}
      {checks.data && list.length === 0 && (
        <EmptyState icon="success" title={t('checks.noneTitle')}>
          {t('checks.noneText')}
        </EmptyState>
      )}
      {list.length > 0 && (
        <ul className="check-list plan-checks">
          {list.map((check, at) => {
            const element = check.key ? index.byKey.get(check.key) : undefined;
            return (
              <li key={`${check.key}-${check.code}-${at}`} className={`check-item is-${check.severity}`}>
                <span className="check-icon">
                  <Icon name={check.severity === 'warning' ? 'warning' : 'info'} size={16} />
                </span>
                <span className="check-text">
                  <span className="check-severity">{t(check.severity === 'warning' ? 'checks.warning' : 'checks.info')}</span>
                  {check.field && <span className="check-field"> · {fieldLabel(check.field)}</span>}
                  <span className="check-message">{checkMessage(check)}</span>
                  {element ? (
                    <Link className="check-link" to={elementPath(organization.id, plan.id, element.key)}>
                      {levelOf(levelNames, element)} {element.key}: {titleOf(element)}
                    </Link>
                  ) : (
                    <Link className="check-link" to={planPath(organization.id, plan.id, 'details')}>
                      {check.key ?? t('checks.planLevel')}
                    </Link>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
