import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { localizeUnitLabel } from '../../../core/plan/unit-words';
import { studentGroupLabel } from '../../../core/monitoring/student-group-names';
import { Dialog } from '../../app/ui/dialog';
import { EmptyState } from '../../app/ui/empty-state';
import { buildChart, groupsOf } from './chart-scale';
import { LineChart } from './line-chart';
import { valueWithUnit } from './measure-value';
import { progressApi, type MeasureSeries, type ScoreMeasure } from './progress-api';
import { useResource } from '../../app/use-resource';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { measureStatusLook } from './progress-status';
import { StatusChip } from './status-chip';
import { useStatusText } from './status-text';

/**
 * One measure over time: baseline, targets and actuals, for all students by default and for the
 * student groups chosen with the checkboxes.
 */
export function MeasureChartDialog({ planId, measure, onClose }: { planId: string; measure: ScoreMeasure | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={measure !== null} isWide title={measure ? t('progress.chart.title', { name: measure.name }) : ''} onClose={onClose}>
      {measure && <MeasureChartLoader key={measure.key} planId={planId} measure={measure} />}
    </Dialog>
  );
}

/** The history is fetched when the chart opens: the dashboard itself carries only the latest period. */
function MeasureChartLoader({ planId, measure }: { planId: string; measure: ScoreMeasure }) {
  const series = useResource<MeasureSeries>(progressApi.series(planId, measure.key));
  if (series.error) return <ErrorAlert error={series.error} />;
  if (!series.data) return <Loading />;
  return <MeasureChart measure={measure} series={series.data} />;
}

function MeasureChart({ measure, series }: { measure: ScoreMeasure; series: MeasureSeries }) {
  const { t, locale } = useI18n();
  const statusText = useStatusText();
  const groups = useMemo(() => groupsOf(series), [series]);
  const groupOrder = useMemo(() => [null, ...groups], [groups]);
  const [chosen, setChosen] = useState<ReadonlySet<string | null>>(() => new Set([null]));
  const shown = groupOrder.filter((group) => chosen.has(group));
  const chart = useMemo(() => buildChart(series, groupOrder.filter((group) => chosen.has(group))), [series, groupOrder, chosen]);
  const hasValues = chart.series.some((line) => line.points.length > 0);
  const groupStatus = new Map(measure.groups.map((group) => [group.subgroup, group.status]));
  const toggle = (group: string | null) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(group)) next.delete(group);
      else next.add(group);
      return next;
    });

  return (
    <div className="stack">
      <p className="row measure-chart-facts">
        <StatusChip look={measureStatusLook[measure.status.status]}>{statusText.measure(measure.status.status)}</StatusChip>
        {measure.owner && <span className="muted">{t('progress.ownedBy', { name: measure.owner.name })}</span>}
      </p>
      {groups.length > 0 && (
        <fieldset className="fieldset chart-groups">
          <legend>{t('progress.chart.groups')}</legend>
          <div className="chart-group-list">
            {groupOrder.map((group) => {
              const status = group === null ? measure.status : groupStatus.get(group);
              return (
                <label key={group ?? ''} className="checkbox">
                  <input type="checkbox" checked={chosen.has(group)} onChange={() => toggle(group)} />
                  <span>
                    {group === null ? t('progress.chart.allStudents') : studentGroupLabel(group, locale)}
                    {status && <span className="muted"> · {statusText.measure(status.status)}</span>}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      )}
      {shown.length === 0 ? (
        <p className="muted">{t('progress.chart.noGroup')}</p>
      ) : hasValues ? (
        <LineChart
          chart={chart}
          name={measure.name}
          axisLabel={measure.unitLabel ? localizeUnitLabel(measure.unitLabel, locale) : (measure.unit === 'percent' ? t('progress.chart.percentAxis') : t('progress.chart.valueAxis'))}
          groupOrder={groupOrder}
          format={(value) => valueWithUnit(value, { unit: measure.unit }, locale)}
        />
      ) : (
        <EmptyState icon="info" title={t('progress.chart.noValues')} />
      )}
    </div>
  );
}
