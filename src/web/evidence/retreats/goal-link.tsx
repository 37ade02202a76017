import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { cyclePath } from '../../process/cycles/process-api';
import { planApi } from '../../plan/plans/plan-api';
import { planPath } from '../../plan/plans/plan-views';
import type { CycleDetail } from '../../process/api-types';

interface PlanGoals {
  id: string;
  isEditable: boolean;
  header: { plan: { vision?: string } };
  elements: Array<{ kind: string; key: string; fields: Record<string, unknown> }>;
}

interface GoalLinkProps {
  cycle: CycleDetail | null;
  goalKey: string | null;
  error?: string;
  /** The words a new goal starts with. */
  newGoal: { title: string; description: string };
  onChange: (goalKey: string | null) => void;
  /** A goal just made in the plan: the priority is saved with it at once. */
  onMade: (goalKey: string) => Promise<void>;
}

/**
 * Where a priority leads in the plan the cycle produces: one of its goals, or a new goal made from
 * the priority ("Make this a goal") through the plan's own API.
 */
export function GoalLink({ cycle, goalKey, error, newGoal, onChange, onMade }: GoalLinkProps) {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const planId = cycle?.plan?.id ?? null;
  const plan = useResource<PlanGoals>(planId ? planApi.plan(planId) : null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isMaking, setIsMaking] = useState(false);
  if (!cycle) return null;
  if (!planId) {
    return (
      <p className="muted">
        {t('retreat.gap.noPlan')} <Link to={cyclePath(organization!.id, cycle.id)}>{t('retreat.gap.noPlanLink')}</Link>
      </p>
    );
  }
  const goals = (plan.data?.elements ?? []).filter((element) => element.kind === 'goal');
  const canMake = hasPermission(organization, 'plans.edit') && plan.data?.isEditable === true && newGoal.title.trim() !== '';

  const make = async () => {
    setIsMaking(true);
    setFailure(null);
    try {
      const fields: Record<string, string> = { title: newGoal.title.trim().slice(0, 300) };
      if (newGoal.description.trim()) fields.description = newGoal.description.trim();
      const goal = await api.post<{ key: string }>(planApi.elements(planId), { kind: 'goal', parentId: null, fields });
      await plan.reload();
      await onMade(goal.key);
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsMaking(false);
    }
  };

  const vision = plan.data?.header.plan.vision?.trim();

  return (
    <div className="stack-sm goal-link">
      {vision && (
        <figure className="goal-link-vision">
          <figcaption className="muted">{t('retreat.gap.vision', { plan: cycle.plan!.title })}</figcaption>
          <blockquote>{vision}</blockquote>
        </figure>
      )}
      <SelectField
        name="goal_key"
        label={t('retreat.gap.goal')}
        hint={t('retreat.gap.goalHint', { plan: cycle.plan!.title })}
        value={goalKey ?? ''}
        error={error}
        options={[{ value: '', label: t('retreat.gap.noGoal') }, ...goals.map((goal) => ({ value: goal.key, label: `${goal.key} · ${String(goal.fields.title ?? '')}` }))]}
        onChange={(event) => onChange(event.target.value || null)}
      />
      <div className="row">
        {goalKey && <Link to={planPath(organization!.id, planId, '')}>{t('retreat.gap.openPlan')}</Link>}
        {canMake && !goalKey && (
          <Button size="small" isBusy={isMaking} onClick={() => void make()}>
            {t('retreat.gap.makeGoal')}
          </Button>
        )}
      </div>
      {plan.data && !plan.data.isEditable && !goalKey && <p className="muted">{t('retreat.gap.planNotEditable')}</p>}
      {failure && <ErrorAlert error={failure} title={t('retreat.gap.makeGoalFailed')} onDismiss={() => setFailure(null)} />}
    </div>
  );
}
