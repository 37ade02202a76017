import { useId } from 'react';
import { linePath, niceTicks, scaleLinear } from '../../monitoring/progress/chart-scale';
import { useT } from '../../app/i18n/i18n-provider';
import type { CellGap } from './indicator-model';
import { useBoxWidth } from '../../app/use-box-width';
import '../../monitoring/progress/line-chart.css';

export interface TrendPoint {
  period: string;
  value: number | null;
  gap: CellGap;
}

/**
 * The indicator over time: one line through the periods, broken where a period is hidden or missing
 * (a gap, never a drop to zero), with each value written by its point.
 */
export function TrendChart({ points, summary, axisLabel, format, formatTick }: { points: readonly TrendPoint[]; summary: string; axisLabel: string; format: (value: number) => string; formatTick: (value: number) => string }) {
  const t = useT();
  const titleId = useId();
  const [boxRef, width] = useBoxWidth<HTMLDivElement>(640);
  const height = width < 480 ? 240 : 300;
  const isNarrow = width < 480;
  // On a phone the value axis keeps its ticks and drops its name: the card's heading says it.
  const margin = { top: 24, right: 24, bottom: 40, left: isNarrow ? 52 : 72 };
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const ticks = values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values)) : [0, 1];
  const x = (at: number) => (points.length <= 1 ? (margin.left + width - margin.right) / 2 : scaleLinear(0, points.length - 1, margin.left + 16, width - margin.right - 16)(at));
  const y = scaleLinear(ticks[0]!, ticks.at(-1)!, height - margin.bottom, margin.top);
  const labelEvery = Math.max(1, Math.ceil((points.length * 64) / Math.max(1, width - margin.left - margin.right)));
  // Runs of periods with values: the line breaks at each hidden or missing one.
  const runs: { x: number; y: number }[][] = [];
  points.forEach((point, at) => {
    if (point.value === null) return runs.push([]);
    if (runs.length === 0) runs.push([]);
    runs.at(-1)!.push({ x: x(at), y: y(point.value) });
  });

  return (
    <figure className="indicator-chart">
      <figcaption id={titleId} className="visually-hidden">
        {summary}
      </figcaption>
      <div ref={boxRef} className="line-chart-box">
        <svg width={width} height={height} role="img" aria-labelledby={titleId} className="line-chart-svg">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
              <text x={margin.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="chart-tick">
                {formatTick(tick)}
              </text>
            </g>
          ))}
          <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} className="chart-axis" />
          {points.map((point, at) => (
            <g key={point.period}>
              {at % labelEvery === 0 && (
                <text x={x(at)} y={height - margin.bottom + 18} textAnchor="middle" className="chart-tick">
                  {point.period}
                </text>
              )}
              {point.value === null && (
                <text x={x(at)} y={height - margin.bottom - 8} textAnchor="middle" className="chart-tick chart-hidden">
                  {point.gap === 'in_file' ? t('indicators.chart.suppressed') : point.gap === 'small_group' ? t('indicators.chart.hidden') : t('indicators.chart.missing')}
                </text>
              )}
            </g>
          ))}
          {!isNarrow && (
            <text transform={`translate(14 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="chart-axis-label">
              {axisLabel}
            </text>
          )}
          <g className="chart-series series-0">
            {runs.filter((run) => run.length > 1).map((run, at) => (
              <path key={at} d={linePath(run)} fill="none" stroke="currentColor" strokeWidth={2.5} />
            ))}
            {points.map((point, at) =>
              point.value === null ? null : (
                <g key={point.period}>
                  <circle cx={x(at)} cy={y(point.value)} r={4.5} fill="currentColor" />
                  <text x={x(at)} y={y(point.value) - 10} textAnchor="middle" className="chart-tick chart-value">
                    {format(point.value)}
                  </text>
                </g>
              ),
            )}
          </g>
        </svg>
      </div>
    </figure>
  );
}
