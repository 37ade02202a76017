import { useI18n } from '../../app/i18n/i18n-provider';
import { groupLabelOf } from '../group-label';
import { BarChart } from '../indicators/bar-chart';
import { formatValue, gapOf, valueOf } from '../indicators/indicator-model';
import { IndicatorTable } from '../indicators/indicator-table';
import { TrendChart } from '../indicators/trend-chart';
import type { BoardChart } from './retreat-types';

/** The chart's view in words: the metric, for whom, where and when (the indicators explorer's own headings). */
export function useChartHeading() {
  const { t, locale } = useI18n();
  return (chart: BoardChart, schoolName: string | null) => {
    const metric = chart.data?.metric.label ?? chart.metric;
    const group = chart.view.group ? groupLabelOf(chart.view.group, locale, t('indicators.allStudents')) : t('indicators.allStudents');
    const where = schoolName ?? t('indicators.wholeDistrict');
    const period = chart.data?.period ?? chart.view.period ?? '';
    if (chart.view.by === 'school') return t('indicators.heading.school', { metric, group, period });
    if (chart.view.by === 'group') return t('indicators.heading.group', { metric, where, period });
    return t('indicators.heading.period', { metric, where, group });
  };
}

/**
 * One chart of the data picture, drawn by the indicators explorer's own charts (bars by school or
 * group, a line over time; a hidden cell says hidden, never 0), its numbers in a table a click away.
 */
export function ChartFigure({ chart, heading }: { chart: BoardChart; heading: string }) {
  const { t, locale } = useI18n();
  const data = chart.data;
  if (!data) return <p className="muted">{t('retreat.charts.noData')}</p>;
  if (data.cells.length === 0) return <p className="muted">{t('indicators.noCells')}</p>;
  const unit = data.metric.unit;
  const format = (value: number) => formatValue(value, unit, locale);
  const formatTick = (value: number) => formatValue(value, unit, locale, true);
  const labelOf = (label: string) => (data.by === 'group' ? groupLabelOf(label, locale, t('indicators.allStudents')) : label);
  const district = valueOf(data.district);
  const summary = t('indicators.chartSummary', { title: heading });

  return (
    <div className="stack-sm">
      {data.by === 'period' ? (
        <TrendChart points={data.cells.map((cell) => ({ period: cell.label, value: valueOf(cell), gap: gapOf(cell) }))} summary={summary} axisLabel={data.metric.label} format={format} formatTick={formatTick} />
      ) : (
        <BarChart
          bars={data.cells.map((cell) => ({ key: cell.key, label: labelOf(cell.label), value: valueOf(cell), gap: gapOf(cell) }))}
          summary={summary}
          reference={district === null ? null : { label: t('indicators.district'), value: district }}
          format={format}
          formatTick={formatTick}
          isPercent={unit === 'percent'}
        />
      )}
      <p className="muted chart-note">
        {data.by !== 'period' && (district === null ? t('indicators.districtHidden') : t('indicators.districtValue', { value: format(district) }))}{' '}
        {t('indicators.threshold', { threshold: data.threshold })}
      </p>
      <details className="chart-numbers">
        <summary>{t('retreat.charts.numbers')}</summary>
        <IndicatorTable result={data} caption={t('indicators.tableCaption', { title: heading })} rowHeading={t(`indicators.rowHeading.${data.by}`)} labelOf={labelOf} format={format} />
      </details>
    </div>
  );
}
