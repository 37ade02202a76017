import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import type { PlanDetail, PlanSummary } from '../../plan/api-types';
import { planApi } from '../../plan/plans/plan-api';
import { strategyBankApi, type BankStrategy, type StrategyAdoption } from './strategy-bank-api';

/**
 * Adopting a bank strategy: which plan, under which of its goals, and whether the network may name
 * the district beside it. The plan's first editable plan and its first goal are offered.
 */
export function AdoptStrategyDialog({ districtId, strategy, onClose, onAdopted }: { districtId: string; strategy: BankStrategy | null; onClose: () => void; onAdopted: (adoption: StrategyAdoption) => void }) {
  const { t } = useI18n();
  const plans = useResource<{ plans: PlanSummary[] }>(strategy ? planApi.list(districtId) : null);
  const candidates = useMemo(() => (plans.data?.plans ?? []).filter((plan) => plan.lifecycle !== 'archived'), [plans.data]);
  const [planId, setPlanId] = useState('');
  const [goalId, setGoalId] = useState('');
  const [isNamed, setIsNamed] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const plan = useResource<PlanDetail>(planId ? planApi.plan(planId) : null);
  const goals = useMemo(() => (plan.data?.elements ?? []).filter((element) => element.kind === 'goal'), [plan.data]);

  useEffect(() => {
    if (!candidates.some((candidate) => candidate.id === planId)) setPlanId((candidates.find((candidate) => candidate.lifecycle !== 'adopted') ?? candidates[0])?.id ?? '');
  }, [candidates, planId]);
  useEffect(() => {
    if (!goals.some((goal) => goal.id === goalId)) setGoalId(goals[0]?.id ?? '');
  }, [goals, goalId]);
  useEffect(() => {
    if (strategy) {
      setFailure(null);
      setIsNamed(false);
    }
  }, [strategy]);

  const adopt = async () => {
    if (!strategy) return;
    setIsSaving(true);
    setFailure(null);
    try {
      onAdopted(await api.post<StrategyAdoption>(strategyBankApi.adopt(districtId, strategy.id), { planId, goalId, namedWithConsent: isNamed }));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };
  const goalTitle = (fields: Record<string, unknown>, key: string) => `${key} ${String(fields.title ?? '')}`.trim();

  return (
    <Dialog
      isOpen={strategy !== null}
      title={strategy ? t('bank.adopt.title', { title: strategy.title }) : ''}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isSaving} disabled={!planId || !goalId || plan.data?.isEditable === false} onClick={() => void adopt()}>
            {t('bank.adopt.confirm')}
          </Button>
        </>
      }
    >
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void adopt();
        }}
      >
        <p>{t('bank.adopt.explain')}</p>
        {failure && <ErrorAlert error={failure} title={t('bank.adopt.failed')} />}
        {plans.data && candidates.length === 0 ? (
          <p className="muted">{t('bank.adopt.noPlan')}</p>
        ) : (
          <>
            <SelectField name="planId" label={t('bank.adopt.plan')} value={planId} error={failure?.fieldErrors.planId} options={candidates.map((candidate) => ({ value: candidate.id, label: candidate.title }))} onChange={(event) => setPlanId(event.target.value)} />
            {plan.data?.isEditable === false && <p className="muted">{t('bank.adopt.notEditable')}</p>}
            <SelectField
              name="goalId"
              label={t('bank.adopt.goal')}
              value={goalId}
              error={failure?.fieldErrors.goalId ?? failure?.fieldErrors.parentId}
              options={goals.map((goal) => ({ value: goal.id, label: goalTitle(goal.fields, goal.key) }))}
              onChange={(event) => setGoalId(event.target.value)}
            />
            <label className="checkbox">
              <input type="checkbox" name="namedWithConsent" checked={isNamed} onChange={(event) => setIsNamed(event.target.checked)} />
              <span>{t('bank.adopt.consent')}</span>
            </label>
          </>
        )}
      </form>
    </Dialog>
  );
}
