import type { PlanCheck } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Icon } from '../../app/ui/icons';
import { useCheckMessage } from '../plans/check-message';
import { useFieldLabel } from '../plans/field-labels';

/** The server's checks of one element (SMART wording, baselines, targets the wrong way, owners). */
export function ElementChecks({ checks }: { checks: PlanCheck[] }) {
  const t = useT();
  const fieldLabel = useFieldLabel();
  const checkMessage = useCheckMessage();
  if (checks.length === 0) return null;
  return (
    <section className="element-checks" aria-label={t('checks.forElement')}>
      <h3 className="detail-section-title">{t('checks.forElementCount', { count: checks.length })}</h3>
      <ul className="check-list">
        {checks.map((check, at) => (
          <li key={`${check.code}-${at}`} className={`check-item is-${check.severity}`}>
            <span className="check-icon">
              <Icon name={check.severity === 'warning' ? 'warning' : 'info'} size={16} />
            </span>
            <span>
              <span className="check-severity">{t(check.severity === 'warning' ? 'checks.warning' : 'checks.info')}</span>
              {check.field && <span className="check-field"> · {fieldLabel(check.field)}</span>}
              <span className="check-message">{checkMessage(check)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
