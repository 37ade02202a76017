import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import type { CycleChoice, CyclePhaseChoice, EngagementEntryChoice, StakeholderGroupChoice, SurveyDetail } from '../api-types';
import { useSurvey } from '../surveys/survey-context';
import { surveysApi } from '../surveys/surveys-api';

/** "2026-03-01T09:30" in the browser's time zone, as a datetime-local input shows an instant. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const fromLocalInput = (value: string): string | null => (value ? new Date(value).toISOString() : null);

/**
 * When the survey opens and closes by itself, and which planning cycle and which entry of its
 * engagement plan it serves (so the cycle's plan shows the survey in its phase and group).
 */
export function SurveyScheduleForm() {
  const { t } = useI18n();
  const say = useAnnounce();
  const { survey, setSurvey, reload, canEdit, organizationId } = useSurvey();
  const [opensAt, setOpensAt] = useState(toLocalInput(survey.opens_at));
  const [closesAt, setClosesAt] = useState(toLocalInput(survey.closes_at));
  const [cycleId, setCycleId] = useState(survey.cycle_id ?? '');
  const [entryId, setEntryId] = useState(survey.engagement_entry_id ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const cycles = useResource<{ cycles: CycleChoice[] }>(surveysApi.cycles(organizationId));
  const cycle = useResource<{ phases: CyclePhaseChoice[] }>(cycleId ? surveysApi.cycle(cycleId) : null);
  const plan = useResource<{ groups: StakeholderGroupChoice[]; engagements: EngagementEntryChoice[] }>(cycleId ? surveysApi.engagementPlan(cycleId) : null);

  const entryLabel = (entry: EngagementEntryChoice) => {
    const group = plan.data?.groups.find((g) => g.id === entry.stakeholderGroupId)?.name ?? '';
    const phase = cycle.data?.phases.find((p) => p.id === entry.phaseId)?.name ?? '';
    return [group, t(`stakeholders.method.${entry.method}` as MessageKey), phase].filter(Boolean).join(' · ');
  };
  // Surveys first: the entries planned as surveys are the ones a survey serves.
  const entries = [...(plan.data?.engagements ?? [])].sort((a, b) => Number(b.method === 'survey') - Number(a.method === 'survey'));

  const save = async () => {
    setIsSaving(true);
    setFailure(null);
    try {
      const saved = await api.patch<SurveyDetail | null>(surveysApi.surveySettings(survey.id), {
        version: survey.version,
        opens_at: fromLocalInput(opensAt),
        closes_at: fromLocalInput(closesAt),
        cycle_id: cycleId || null,
        engagement_entry_id: entryId || null,
      });
      if (saved && 'document' in saved) setSurvey(saved);
      else await reload();
      say(t('schedule.saved'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  const errors = failure?.fieldErrors ?? {};
  const shownFields = ['opens_at', 'closes_at', 'cycle_id', 'engagement_entry_id'];
  const isExplained = failure?.code === 'invalid_input' && Object.keys(errors).length > 0 && Object.keys(errors).every((field) => shownFields.includes(field));
  return (
    <section className="card" aria-labelledby="share-schedule">
      <div className="card-header">
        <div>
          <h2 id="share-schedule">{t('schedule.title')}</h2>
          <p>{t('schedule.description')}</p>
        </div>
      </div>
      <fieldset className="card-body stack builder-fieldset" disabled={!canEdit}>
        {failure && !isExplained && <ErrorAlert error={failure} title={t('schedule.failed')} onDismiss={() => setFailure(null)} />}
        <div className="form-grid">
          <TextField name="opens_at" type="datetime-local" label={t('schedule.opensAt')} hint={t('schedule.opensAtHint')} isOptional value={opensAt} onChange={(event) => setOpensAt(event.target.value)} error={errors.opens_at} />
          <TextField name="closes_at" type="datetime-local" label={t('schedule.closesAt')} hint={t('schedule.closesAtHint')} isOptional value={closesAt} onChange={(event) => setClosesAt(event.target.value)} error={errors.closes_at} />
        </div>
        <div className="form-grid">
          <SelectField
            name="cycle_id"
            label={t('schedule.cycle')}
            isOptional
            value={cycleId}
            onChange={(event) => {
              setCycleId(event.target.value);
              setEntryId('');
            }}
            options={[{ value: '', label: t('schedule.noCycle') }, ...(cycles.data?.cycles ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            error={errors.cycle_id}
          />
          <SelectField
            name="engagement_entry_id"
            label={t('schedule.entry')}
            hint={cycleId && plan.data && entries.length === 0 ? t('schedule.noEntries') : t('schedule.entryHint')}
            isOptional
            disabled={!cycleId}
            value={entryId}
            onChange={(event) => setEntryId(event.target.value)}
            options={[{ value: '', label: t('schedule.noEntry') }, ...entries.map((entry) => ({ value: entry.id, label: entryLabel(entry) }))]}
            error={errors.engagement_entry_id}
          />
        </div>
        {canEdit && (
          <div>
            <Button variant="primary" isBusy={isSaving} onClick={save}>
              {t('schedule.save')}
            </Button>
          </div>
        )}
      </fieldset>
    </section>
  );
}
