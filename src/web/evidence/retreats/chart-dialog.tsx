import { useEffect, useState } from 'react';
import { api, ApiError, fieldIssueMessage } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField } from '../../app/ui/field';
import type { EvidenceMetric, IndicatorBy } from '../api-types';
import { groupLabelOf } from '../group-label';
import { sortPeriods } from '../indicators/indicator-model';
import { AreaField } from './area-field';
import { retreatApi } from './retreat-api';
import type { BoardChart, ChartView, RetreatFrame } from './retreat-types';

interface ChartDialogProps {
  retreatId: string;
  frame: RetreatFrame;
  /** The chart to change, or null for a new one. */
  chart: BoardChart | null;
  isOpen: boolean;
  metrics: EvidenceMetric[];
  schools: { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => Promise<void>;
}

const views: IndicatorBy[] = ['school', 'group', 'period'];
const shownPaths = ['/question', '/metric', '/view/by', '/view/period', '/view/group', '/view/school_id', '/view/compare', '/area'];

/**
 * A chart of the data picture: a metric of the district's data, viewed by school, by student group
 * or over time (the indicators explorer's choices), and the question it answers, read aloud in the
 * room. The server checks each choice against the data and names the field it refuses.
 */
export function ChartDialog({ retreatId, frame, chart, isOpen, metrics, schools, onClose, onSaved }: ChartDialogProps) {
  const { t, locale } = useI18n();
  const [metricKey, setMetricKey] = useState('');
  const [view, setView] = useState<ChartView>({ by: 'school' });
  const [question, setQuestion] = useState('');
  const [area, setArea] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  useEffect(() => {
    if (!isOpen) return;
    setMetricKey(chart?.metric ?? metrics[0]?.key ?? '');
    setView(chart?.view ?? { by: 'school' });
    setQuestion(chart?.question ?? '');
    setArea(chart?.area ?? null);
    setFailure(null);
  }, [isOpen, chart, metrics]);

  const metric = metrics.find((candidate) => candidate.key === metricKey) ?? null;
  const periods = sortPeriods(metric?.periods ?? []);
  const groups = metric?.groups ?? [];
  const period = view.by === 'period' ? undefined : view.period && periods.includes(view.period) ? view.period : periods.at(-1);
  const groupName = (name: string) => groupLabelOf(name, locale, t('indicators.allStudents'));
  const errorOf = (path: string) => {
    const detail = failure?.code === 'invalid_input' ? failure.details.find((entry) => entry.path === path) : undefined;
    return detail ? fieldIssueMessage(detail) : undefined;
  };
  // A refusal every part of which sits next to its field needs no banner above them.
  const isExplained = failure?.code === 'invalid_input' && failure.details.length > 0 && failure.details.every((detail) => shownPaths.includes(detail.path));
  const change = (next: Partial<ChartView>) => setView((current) => ({ ...current, ...next }));

  const save = async () => {
    const sent: ChartView = { by: view.by };
    if (period) sent.period = period;
    if (view.by !== 'group' && view.group) sent.group = view.group;
    if (view.by !== 'school' && view.school_id) sent.school_id = view.school_id;
    if (view.compare) sent.compare = view.compare;
    const body = { question, metric: metricKey, view: sent, ...(frame === 'performance_fact' ? { area } : {}) };
    setIsSaving(true);
    setFailure(null);
    try {
      if (chart) await api.put(retreatApi.chart(retreatId, chart.id), { ...body, version: chart.version });
      else await api.post(retreatApi.charts(retreatId), body);
      await onSaved();
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      isWide
      title={chart ? t('retreat.charts.editTitle') : t('retreat.charts.addTitle')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isSaving} disabled={!metric} onClick={() => void save()}>
            {chart ? t('retreat.charts.save') : t('retreat.charts.add')}
          </Button>
        </>
      }
    >
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {failure && !isExplained && <ErrorAlert error={failure} title={failure.status === 409 ? t('retreat.conflict') : t('retreat.charts.failed')} />}
        {metrics.length === 0 && <p className="muted">{t('retreat.charts.noMetrics')}</p>}
        <TextAreaField name="question" label={t('retreat.charts.question')} hint={t('retreat.charts.questionHint')} rows={2} maxLength={500} value={question} error={errorOf('/question')} onChange={(event) => setQuestion(event.target.value)} />
        <div className="form-grid">
          <SelectField
            name="metric"
            label={t('indicators.metric')}
            value={metricKey}
            error={errorOf('/metric')}
            options={metrics.map((candidate) => ({ value: candidate.key, label: candidate.label }))}
            onChange={(event) => {
              setMetricKey(event.target.value);
              // Another metric has other years and groups: its own defaults apply.
              setView((current) => ({ by: current.by }));
            }}
          />
          <SelectField name="by" label={t('indicators.view')} value={view.by} error={errorOf('/view/by')} options={views.map((by) => ({ value: by, label: t(`indicators.by.${by}`) }))} onChange={(event) => change({ by: event.target.value as IndicatorBy })} />
          {view.by !== 'period' && (
            <SelectField name="period" label={t('indicators.period')} value={period ?? ''} error={errorOf('/view/period')} options={periods.map((candidate) => ({ value: candidate, label: candidate }))} onChange={(event) => change({ period: event.target.value })} />
          )}
          {view.by !== 'group' && (
            <SelectField
              name="group"
              label={t('indicators.group')}
              value={view.group ?? ''}
              error={errorOf('/view/group')}
              options={[{ value: '', label: t('indicators.allStudents') }, ...groups.map((name) => ({ value: name, label: groupName(name) }))]}
              onChange={(event) => change({ group: event.target.value || undefined })}
            />
          )}
          {view.by !== 'school' && (
            <SelectField
              name="school"
              label={t('indicators.school')}
              value={view.school_id ?? ''}
              error={errorOf('/view/school_id')}
              options={[{ value: '', label: t('indicators.wholeDistrict') }, ...schools.map((school) => ({ value: school.id, label: school.name }))]}
              onChange={(event) => change({ school_id: event.target.value || undefined })}
            />
          )}
          <SelectField
            name="compare"
            label={t('indicators.compare')}
            value={view.compare ?? ''}
            error={errorOf('/view/compare')}
            options={[{ value: '', label: t('indicators.noComparison') }, ...groups.map((name) => ({ value: name, label: groupName(name) }))]}
            onChange={(event) => change({ compare: event.target.value || undefined })}
          />
          {frame === 'performance_fact' && <AreaField value={area} error={errorOf('/area')} onChange={setArea} />}
        </div>
      </form>
    </Dialog>
  );
}
