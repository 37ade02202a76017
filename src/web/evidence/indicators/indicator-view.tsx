import { groupLabelOf } from '../group-label';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ErrorAlert } from '../../app/ui/error-message';
import { EmptyState } from '../../app/ui/empty-state';
import { Loading } from '../../app/ui/loading';
import type { Resource } from '../../app/use-resource';
import type { EvidenceMetric, IndicatorBy, IndicatorResult } from '../api-types';
import { BarChart } from './bar-chart';
import { formatValue, gapOf, valueOf } from './indicator-model';
import { IndicatorTable } from './indicator-table';
import { TrendChart } from './trend-chart';

/** One indicator as the server computed it: the chart, and the same numbers as a table beside it. */
export function IndicatorView({ result, metric, by, schoolName }: { result: Resource<IndicatorResult>; metric: EvidenceMetric; by: IndicatorBy; schoolName: string | null }) {
  const { t, locale } = useI18n();
  const data = result.data;
  const format = (value: number) => formatValue(value, metric.unit, locale);
  const formatTick = (value: number) => formatValue(value, metric.unit, locale, true);
  const labelOf = (label: string) => (by === 'group' ? groupLabelOf(label, locale, t('indicators.allStudents')) : label);
  const group = data?.group ? groupLabelOf(data.group, locale, t('indicators.allStudents')) : t('indicators.allStudents');
  const where = schoolName ?? t('indicators.wholeDistrict');
  const heading =
    by === 'school'
      ? t('indicators.heading.school', { metric: metric.label, group, period: data?.period ?? '' })
      : by === 'group'
        ? t('indicators.heading.group', { metric: metric.label, where, period: data?.period ?? '' })
        : t('indicators.heading.period', { metric: metric.label, where, group });
  const district = valueOf(data?.district);

  return (
    <section className="card" aria-labelledby="indicator-heading" aria-busy={result.isLoading}>
      <div className="card-header">
        <div>
          <h2 id="indicator-heading">{heading}</h2>
          {data && (
            <p>
              {by !== 'period' && (district === null ? t('indicators.districtHidden') : t('indicators.districtValue', { value: format(district) }))}
              {by !== 'period' && ' '}
              {t('indicators.threshold', { threshold: data.threshold })}
            </p>
          )}
        </div>
      </div>
      {result.isLoading && !data && <Loading />}
      {result.error && (
        <div className="card-body">
          <ErrorAlert error={result.error} title={t('indicators.resultFailed')} />
        </div>
      )}
      {data && data.cells.length === 0 && <EmptyState icon="inbox" title={t('indicators.noCells')} />}
      {data && data.cells.length > 0 && (
        <div className="card-body indicator-layout">
          <div className="indicator-chart-side">
            {by === 'period' ? (
              <TrendChart points={data.cells.map((cell) => ({ period: cell.label, value: valueOf(cell), gap: gapOf(cell) }))} summary={t('indicators.chartSummary', { title: heading })} axisLabel={metric.label} format={format} formatTick={formatTick} />
            ) : (
              <BarChart
                bars={data.cells.map((cell) => ({ key: cell.key, label: labelOf(cell.label), value: valueOf(cell), gap: gapOf(cell) }))}
                summary={t('indicators.chartSummary', { title: heading })}
                reference={district === null ? null : { label: t('indicators.district'), value: district }}
                format={format}
                formatTick={formatTick}
                isPercent={metric.unit === 'percent'}
              />
            )}
          </div>
          <div className="indicator-table-side">
            <IndicatorTable result={data} caption={t('indicators.tableCaption', { title: heading })} rowHeading={t(`indicators.rowHeading.${by}`)} labelOf={labelOf} format={format} />
          </div>
        </div>
      )}
    </section>
  );
}
