import { useEffect, useId, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { FieldFrame } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { PlanErrorAlert } from '../../plan/plans/plan-error-alert';
import { formatNumber } from '../../plan/plans/plan-format-text';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { progressApi, type MonitoringThresholds, type Scorecard } from './progress-api';
import { parseWeight, RollUpWeights } from './roll-up-weights';
import { parsePercent } from './percent';

/**
 * The plan's own status threshold (the share of the expected progress that still counts as at
 * risk rather than off track) and roll-up weights. A stale save (someone saved meanwhile) shows their value and lets
 * this person keep it or save over it, as the other editors do.
 */
export function ThresholdsDialog({ isOpen, onClose, onSaved }: { isOpen: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const formId = useId();
  return (
    <Dialog
      isOpen={isOpen}
      title={t('progress.thresholds.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary">
            {t('progress.thresholds.save')}
          </Button>
        </>
      }
    >
      {isOpen && <ThresholdsForm formId={formId} onSaved={onSaved} onClose={onClose} />}
    </Dialog>
  );
}

function ThresholdsForm({ formId, onSaved, onClose }: { formId: string; onSaved: () => void; onClose: () => void }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { plan, levelNames } = usePlanWorkspace();
  const settings = useResource<MonitoringThresholds>(progressApi.settings(plan.id));
  const scorecard = useResource<Scorecard>(progressApi.scorecard(plan.id));
  const [weights, setWeights] = useState<Record<string, string> | null>(null);
  const [weightErrors, setWeightErrors] = useState<Record<string, string>>({});
  const [text, setText] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [theirs, setTheirs] = useState<MonitoringThresholds | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const loaded = settings.data;

  useEffect(() => {
    if (loaded && text === null) setText(formatNumber(Math.round(loaded.atRiskProgress * 1000) / 10, 'en'));
    if (loaded && weights === null) setWeights(Object.fromEntries(Object.entries(loaded.weights).map(([key, value]) => [key, String(value)])));
  }, [loaded, text, weights]);

  const save = async (base: MonitoringThresholds) => {
    const percent = parsePercent(text ?? '');
    if (percent === null) {
      setFieldError(t('progress.thresholds.invalid'));
      document.getElementById(`${formId}-share`)?.focus();
      return;
    }
    setFieldError(undefined);
    const parsed: Record<string, number> = {};
    const wrong: Record<string, string> = {};
    for (const [key, typed] of Object.entries(weights ?? {})) {
      if (typed.trim() === '') continue;
      const value = parseWeight(typed);
      if (value === null) wrong[key] = t('progress.weights.invalid');
      else if (value !== 1) parsed[key] = value;
    }
    setWeightErrors(wrong);
    if (Object.keys(wrong).length) {
      document.getElementById(`weight-${Object.keys(wrong)[0]}`)?.focus();
      return;
    }
    setError(null);
    setIsSaving(true);
    try {
      const saved = await api.put<MonitoringThresholds>(progressApi.settings(plan.id), { atRiskProgress: percent / 100, weights: parsed, version: base.version });
      settings.setData(saved);
      setTheirs(null);
      say(t('progress.thresholds.saved'));
      onSaved();
      onClose();
    } catch (cause) {
      const apiError = ApiError.from(cause);
      if (apiError.code === 'conflict' && apiError.body.current) setTheirs(apiError.body.current as MonitoringThresholds);
      else setError(apiError);
    } finally {
      setIsSaving(false);
    }
  };

  if (settings.error) return <PlanErrorAlert error={settings.error} title={t('progress.thresholds.loadFailed')} />;
  if (!loaded || text === null) return <Loading />;

  return (
    <form
      id={formId}
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isSaving) void save(theirs ?? loaded);
      }}
    >
      <p>{t('progress.thresholds.description', { measure: levelNames.measure })}</p>
      <FieldFrame id={`${formId}-share`} label={t('progress.thresholds.atRisk')} hint={t('progress.thresholds.hint')} error={fieldError}>
        {({ id, describedBy, isInvalid }) => (
          <input
            id={id}
            name="atRiskProgress"
            className="input threshold-input"
            inputMode="decimal"
            value={text}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </FieldFrame>
      {scorecard.data && weights && (
        <RollUpWeights scorecard={scorecard.data} weights={weights} errors={weightErrors} onChange={(key, typed) => setWeights((w) => ({ ...w, [key]: typed }))} />
      )}
      {theirs && (
        <Alert tone="warning" announce="alert" title={t('conflict.title')}>
          <p>{t('progress.thresholds.conflict', { value: formatNumber(Math.round(theirs.atRiskProgress * 1000) / 10, locale) })}</p>
          <div className="row">
            <Button
              size="small"
              onClick={() => {
                settings.setData(theirs);
                setText(formatNumber(Math.round(theirs.atRiskProgress * 1000) / 10, 'en'));
                setTheirs(null);
              }}
            >
              {t('conflict.takeTheirs')}
            </Button>
            <Button size="small" variant="primary" isBusy={isSaving} onClick={() => void save(theirs)}>
              {t('conflict.overwrite')}
            </Button>
          </div>
        </Alert>
      )}
      {error && <PlanErrorAlert error={error} title={t('progress.thresholds.saveFailed')} />}
    </form>
  );
}
