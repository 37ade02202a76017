import { useId } from 'react';
import { useBoxWidth } from '../../app/use-box-width';
import { useI18n } from '../../app/i18n/i18n-provider';
import { studentGroupLabel } from '../../../core/monitoring/student-group-names';
import { ScrollRegion } from '../../plan/plans/scroll-region';
import { linePath, scaleLinear, type ChartModel, type ChartSeries } from './chart-scale';
import './line-chart.css';

interface LineChartProps {
  chart: ChartModel;
  /** Title of the chart (the measure's name), used in its accessible name and the table caption. */
  name: string;
  /** The value axis' name: the unit. */
  axisLabel: string;
  /** The order of the groups chosen, so each keeps its colour and marker when others are toggled. */
  groupOrder: readonly (string | null)[];
  format: (value: number) => string;
}

const markers = ['circle', 'square', 'triangle', 'diamond', 'circle', 'square'] as const;

function Marker({ shape, x, y, isHollow }: { shape: (typeof markers)[number]; x: number; y: number; isHollow?: boolean }) {
  const fill = isHollow ? 'var(--color-surface)' : 'currentColor';
  if (shape === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={fill} stroke="currentColor" strokeWidth={1.5} />;
  if (shape === 'triangle') return <path d={`M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z`} fill={fill} stroke="currentColor" strokeWidth={1.5} />;
  if (shape === 'diamond') return <path d={`M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} Z`} fill={fill} stroke="currentColor" strokeWidth={1.5} />;
  return <circle cx={x} cy={y} r={4.5} fill={fill} stroke="currentColor" strokeWidth={1.5} />;
}

/**
 * Baseline, targets (dashed) and actuals over time, one colour and marker per student group, with
 * axis labels and a legend. Screen readers get the chart's name and the same numbers as a table.
 */
export function LineChart({ chart, name, axisLabel, groupOrder, format }: LineChartProps) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const [boxRef, width] = useBoxWidth<HTMLDivElement>(640);
  const height = width < 480 ? 240 : 300;
  const margin = { top: 20, right: 20, bottom: 48, left: width < 480 ? 62 : 72 };
  const low = chart.ticks[0]!;
  const high = chart.ticks.at(-1)!;
  const x = (at: number) => (chart.periods.length <= 1 ? (margin.left + width - margin.right) / 2 : scaleLinear(0, chart.periods.length - 1, margin.left + 12, width - margin.right - 12)(at));
  const y = scaleLinear(low, high, height - margin.bottom, margin.top);
  // Labels of many periods would overlap: every second (third...) one is written, all are ticked.
  const labelEvery = Math.max(1, Math.ceil((chart.periods.length * 64) / Math.max(1, width - margin.left - margin.right)));
  const slot = (group: string | null) => Math.max(0, groupOrder.indexOf(group));
  const seriesName = (line: ChartSeries) => {
    const group = line.group === null ? t('progress.chart.allStudents') : studentGroupLabel(line.group, locale);
    return line.kind === 'target' ? t('progress.chart.targetOf', { group }) : t('progress.chart.actualOf', { group });
  };
  const drawn = chart.series.filter((line) => line.points.length > 0);
  const baseline = chart.series.find((line) => line.id === 'target:all')?.points.find((point) => point.isBaseline);

  return (
    <div className="stack">
      <figure className="line-chart">
        <figcaption id={titleId} className="visually-hidden">
          {t('progress.chart.summary', { name, from: chart.periods[0] ?? '', to: chart.periods.at(-1) ?? '' })}
        </figcaption>
        <div ref={boxRef} className="line-chart-box">
          <svg width={width} height={height} role="img" aria-labelledby={titleId} className="line-chart-svg">
            {chart.ticks.map((tick) => (
              <g key={tick}>
                <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
                <text x={margin.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="chart-tick">
                  {format(tick)}
                </text>
              </g>
            ))}
            {chart.periods.map((period, at) => (
              <g key={period}>
                <line x1={x(at)} x2={x(at)} y1={height - margin.bottom} y2={height - margin.bottom + 5} className="chart-axis" />
                {at % labelEvery === 0 && (
                  <text x={x(at)} y={height - margin.bottom + 18} textAnchor="middle" className="chart-tick">
                    {period}
                  </text>
                )}
              </g>
            ))}
            <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} className="chart-axis" />
            <text x={(margin.left + width - margin.right) / 2} y={height - 6} textAnchor="middle" className="chart-axis-label">
              {t('progress.chart.period')}
            </text>
            <text transform={`translate(14 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="chart-axis-label">
              {axisLabel}
            </text>
            {drawn.map((line) => (
              <g key={line.id} className={`chart-series series-${slot(line.group) % 6} is-${line.kind}`}>
                <path d={linePath(line.points.map((point) => ({ x: x(point.at), y: y(point.value) })))} fill="none" stroke="currentColor" strokeWidth={line.kind === 'actual' ? 2.5 : 1.75} strokeDasharray={line.kind === 'target' ? '6 5' : undefined} />
                {line.points.map((point) => (
                  <Marker key={point.at} shape={markers[slot(line.group) % markers.length]!} x={x(point.at)} y={y(point.value)} isHollow={line.kind === 'target'} />
                ))}
              </g>
            ))}
            {baseline && (
              <g className="chart-baseline">
                <circle cx={x(baseline.at)} cy={y(baseline.value)} r={6.5} fill="none" stroke="currentColor" strokeWidth={2} />
                <text x={x(baseline.at)} y={y(baseline.value) - 12} textAnchor="middle" className="chart-tick">
                  {t('progress.chart.baseline')}
                </text>
              </g>
            )}
          </svg>
        </div>
        <ul className="chart-legend" aria-label={t('progress.chart.legend')}>
          {drawn.map((line) => (
            <li key={line.id} className={`chart-series series-${slot(line.group) % 6}`}>
              <svg width={34} height={12} aria-hidden="true" focusable="false">
                <line x1={2} x2={32} y1={6} y2={6} stroke="currentColor" strokeWidth={line.kind === 'actual' ? 2.5 : 1.75} strokeDasharray={line.kind === 'target' ? '6 5' : undefined} />
                <Marker shape={markers[slot(line.group) % markers.length]!} x={17} y={6} isHollow={line.kind === 'target'} />
              </svg>
              <span>{seriesName(line)}</span>
            </li>
          ))}
          {baseline && (
            <li className="chart-baseline">
              <svg width={34} height={14} aria-hidden="true" focusable="false">
                <circle cx={17} cy={7} r={5.5} fill="none" stroke="currentColor" strokeWidth={2} />
              </svg>
              <span>{t('progress.chart.baseline')}</span>
            </li>
          )}
        </ul>
      </figure>
      <ChartTable chart={chart} name={name} seriesName={seriesName} format={format} />
    </div>
  );
}

/** The chart's numbers, one row per period: the alternative to the drawing, for everyone. */
function ChartTable({ chart, name, seriesName, format }: { chart: ChartModel; name: string; seriesName: (line: ChartSeries) => string; format: (value: number) => string }) {
  const { t } = useI18n();
  const caption = t('progress.chart.tableCaption', { name });
  return (
    <ScrollRegion label={caption}>
      <table className="table numeric-table chart-table">
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.chart.period')}</th>
            {chart.series.map((line) => (
              <th scope="col" key={line.id} className="cell-number">
                {seriesName(line)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.periods.map((period, at) => (
            <tr key={period}>
              <th scope="row">{period}</th>
              {chart.series.map((line) => {
                const point = line.points.find((candidate) => candidate.at === at);
                return (
                  <td key={line.id} className="cell-number">
                    {point ? (point.isBaseline ? `${format(point.value)} (${t('progress.chart.baseline').toLowerCase()})` : format(point.value)) : <span className="muted">—</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
