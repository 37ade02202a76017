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
import { benchmarksApi, type DistrictBenchmark } from './benchmarks-api';

/**
 * Sharing a measure as a benchmark: which plan, which of its measures, and whether the district may
 * be named beside its value (off unless the district ticks it).
 */
export function ShareMeasureDialog({ districtId, item, onClose, onShared }: { districtId: string; item: DistrictBenchmark | null; onClose: () => void; onShared: (item: DistrictBenchmark) => void }) {
  const { t } = useI18n();
  const plans = useResource<{ plans: PlanSummary[] }>(item ? planApi.list(districtId) : null);
  const candidates = useMemo(() => (plans.data?.plans ?? []).filter((plan) => plan.lifecycle !== 'archived'), [plans.data]);
  const [planId, setPlanId] = useState('');
  const [measureKey, setMeasureKey] = useState('');
  const [isNamed, setIsNamed] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const plan = useResource<PlanDetail>(planId ? planApi.plan(planId) : null);
  const measures = useMemo(() => (plan.data?.elements ?? []).filter((element) => element.kind === 'measure'), [plan.data]);

  useEffect(() => {
    if (item) {
      setFailure(null);
      setIsNamed(item.share?.namedWithConsent ?? false);
      setPlanId(item.share?.planId ?? '');
      setMeasureKey(item.share?.measureKey ?? '');
    }
  }, [item]);
  useEffect(() => {
    if (candidates.length > 0 && !candidates.some((candidate) => candidate.id === planId)) setPlanId((candidates.find((c) => c.lifecycle === 'adopted') ?? candidates[0])!.id);
  }, [candidates, planId]);
  useEffect(() => {
    if (plan.data && !measures.some((measure) => measure.key === measureKey)) setMeasureKey(measures[0]?.key ?? '');
  }, [plan.data, measures, measureKey]);

  const share = async () => {
    if (!item) return;
    setIsSaving(true);
    setFailure(null);
    try {
      onShared(await api.put<DistrictBenchmark>(benchmarksApi.share(districtId, item.benchmark.id), { planId, measureKey, namedWithConsent: isNamed }));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };
  const measureLabel = (fields: Record<string, unknown>, key: string) => `${key} ${String(fields.name ?? '')}`.trim();

  return (
    <Dialog
      isOpen={item !== null}
      title={item ? t('benchmarks.shareDialog.title', { name: item.benchmark.name }) : ''}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isSaving} disabled={!planId || !measureKey} onClick={() => void share()}>
            {t('benchmarks.shareDialog.confirm')}
          </Button>
        </>
      }
    >
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void share();
        }}
      >
        <p>{t('benchmarks.shareDialog.explain')}</p>
        {failure && <ErrorAlert error={failure} title={t('benchmarks.shareDialog.failed')} />}
        {plans.data && candidates.length === 0 ? (
          <p className="muted">{t('benchmarks.shareDialog.noPlan')}</p>
        ) : (
          <>
            <SelectField name="planId" label={t('benchmarks.shareDialog.plan')} value={planId} error={failure?.fieldErrors.planId} options={candidates.map((candidate) => ({ value: candidate.id, label: candidate.title }))} onChange={(event) => setPlanId(event.target.value)} />
            <SelectField
              name="measureKey"
              label={t('benchmarks.shareDialog.measure')}
              value={measureKey}
              error={failure?.fieldErrors.measureKey}
              options={measures.map((measure) => ({ value: measure.key, label: measureLabel(measure.fields, measure.key) }))}
              onChange={(event) => setMeasureKey(event.target.value)}
            />
            <label className="checkbox">
              <input type="checkbox" name="namedWithConsent" checked={isNamed} onChange={(event) => setIsNamed(event.target.checked)} />
              <span>{t('benchmarks.shareDialog.consent')}</span>
            </label>
          </>
        )}
      </form>
    </Dialog>
  );
}
