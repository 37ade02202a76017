import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import type { PlanSummary } from '../../plan/api-types';
import type { CycleDetail } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { planPath } from '../../plan/plans/plan-views';
import { isConflict, processApi } from './process-api';

interface PlanLinkProps {
  cycle: CycleDetail;
  organizationId: string;
  /** Planners who may read the district's plans choose the plan here. */
  canLink: boolean;
  onChanged: () => Promise<void>;
}

/** The plan this cycle produces: a link for everyone, and for planners a choice of the district's plans. */
export function PlanLink({ cycle, organizationId, canLink, onChanged }: PlanLinkProps) {
  const t = useT();
  const say = useAnnounce();
  const plans = useResource<{ plans: PlanSummary[] }>(canLink ? processApi.plans(organizationId) : null);
  const [planId, setPlanId] = useState(cycle.plan?.id ?? '');
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => setPlanId(cycle.plan?.id ?? ''), [cycle.plan?.id]);

  const save = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await api.patch(processApi.cycle(cycle.id), { version: cycle.version, planId: planId || null });
      await onChanged();
      const title = plans.data?.plans.find((plan) => plan.id === planId)?.title ?? '';
      say(planId ? t('cycleLink.planSaved', { title }) : t('cycleLink.planUnlinked'));
    } catch (cause) {
      const apiError = ApiError.from(cause);
      setError(apiError);
      if (isConflict(apiError)) await onChanged();
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="plan-link" aria-labelledby="plan-link-heading">
      <h2 id="plan-link-heading" className="plan-link-title">
        {t('cycleLink.planTitle')}
      </h2>
      {cycle.plan ? (
        <p>
          <Link to={planPath(organizationId, cycle.plan.id)}>{cycle.plan.title}</Link>
        </p>
      ) : (
        <p className="muted">{t('cycleLink.planNone')}</p>
      )}
      {error && (isConflict(error) ? <Alert tone="warning" title={t('cycle.conflict')} onDismiss={() => setError(null)} /> : <ErrorAlert error={error} title={t('cycleLink.planFailed')} onDismiss={() => setError(null)} />)}
      {plans.error && <ErrorAlert error={plans.error} title={t('cycleLink.plansFailed')} />}
      {canLink && plans.data && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (planId !== (cycle.plan?.id ?? '')) void save();
          }}
        >
          <SelectField
            name="planId"
            label={t('cycleLink.planField')}
            value={planId}
            onChange={(event) => setPlanId(event.target.value)}
            options={[{ value: '', label: t('cycleLink.planOption') }, ...plans.data.plans.map((plan) => ({ value: plan.id, label: plan.title }))]}
          />
          <Button type="submit" isBusy={isBusy}>
            {t('cycleLink.planSave')}
          </Button>
        </form>
      )}
    </section>
  );
}
