import { useId } from 'react';
import { niceTicks, scaleLinear } from '../../monitoring/progress/chart-scale';
import { useT } from '../../app/i18n/i18n-provider';
import type { CellGap } from './indicator-model';
import { useBoxWidth } from '../../app/use-box-width';
import '../../monitoring/progress/line-chart.css';

export interface Bar {
  key: string;
  label: string;
  value: number | null;
  gap: CellGap;
}

interface BarChartProps {
  bars: readonly Bar[];
  /** The chart's name, read by screen readers (the table beside it has the numbers). */
  summary: string;
  /** The district's value, drawn as a reference line. */
  reference: { label: string; value: number } | null;
  format: (value: number) => string;
  formatTick: (value: number) => string;
  /** Percentages run from 0 to 100 at most. */
  isPercent: boolean;
}

const LABEL_CHARS = 28;

/**
 * One horizontal bar per school or student group, the district as a dashed line across them. A
 * hidden cell has no bar (never a bar of zero): it says "hidden" where the bar would start. On a
 * phone each label sits above its bar so long school names keep their words.
 */
export function BarChart({ bars, summary, reference, format, formatTick, isPercent }: BarChartProps) {
  const t = useT();
  const titleId = useId();
  const [boxRef, width] = useBoxWidth<HTMLDivElement>(640);
  const isNarrow = width < 520;
  const rowHeight = isNarrow ? 46 : 30;
  const labelWidth = isNarrow ? 0 : Math.min(220, Math.round(width * 0.32));
  const margin = { top: 28, right: 56, bottom: 30, left: isNarrow ? 24 : labelWidth + 8 };
  const height = margin.top + bars.length * rowHeight + margin.bottom;
  const values = [...bars.flatMap((bar) => (bar.value === null ? [] : [bar.value])), ...(reference ? [reference.value] : [])];
  const ticks = niceTicks(Math.min(0, ...values), values.length > 0 ? Math.max(...values) : 1, isNarrow ? 4 : 6).filter((tick) => !isPercent || tick <= 100);
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const x = scaleLinear(low, high, margin.left, width - margin.right);
  const barTop = (at: number) => margin.top + at * rowHeight + (isNarrow ? 20 : 6);
  const barHeight = isNarrow ? 18 : rowHeight - 12;
  const short = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

  return (
    <figure className="indicator-chart">
      <figcaption id={titleId} className="visually-hidden">
        {summary}
      </figcaption>
      <div ref={boxRef} className="line-chart-box">
        <svg width={width} height={height} role="img" aria-labelledby={titleId} className="line-chart-svg">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={margin.top - 6} y2={height - margin.bottom} className="chart-grid" />
              <text x={x(tick)} y={height - margin.bottom + 16} textAnchor="middle" className="chart-tick">
                {formatTick(tick)}
              </text>
            </g>
          ))}
          {bars.map((bar, at) => (
            <g key={bar.key}>
              <title>{bar.label}</title>
              <text x={isNarrow ? margin.left : labelWidth} y={isNarrow ? barTop(at) - 6 : barTop(at) + barHeight / 2} dy={isNarrow ? 0 : '0.32em'} textAnchor={isNarrow ? 'start' : 'end'} className="chart-bar-label">
                {isNarrow ? bar.label : short(bar.label)}
              </text>
              {bar.value !== null ? (
                <>
                  <rect x={Math.min(x(0), x(bar.value))} y={barTop(at)} width={Math.max(1, Math.abs(x(bar.value) - x(Math.max(low, 0))))} height={barHeight} className="chart-bar series-0" fill="currentColor" />
                  <text x={x(bar.value) + 6} y={barTop(at) + barHeight / 2} dy="0.32em" className="chart-tick chart-value">
                    {format(bar.value)}
                  </text>
                </>
              ) : (
                <text x={x(Math.max(low, 0)) + 4} y={barTop(at) + barHeight / 2} dy="0.32em" className="chart-tick chart-hidden">
                  {bar.gap === 'in_file' ? t('indicators.chart.suppressed') : bar.gap === 'small_group' ? t('indicators.chart.hidden') : t('indicators.chart.missing')}
                </text>
              )}
            </g>
          ))}
          <line x1={x(Math.max(low, 0))} x2={x(Math.max(low, 0))} y1={margin.top - 6} y2={height - margin.bottom} className="chart-axis" />
          {reference && (
            <g className="chart-reference">
              <line x1={x(reference.value)} x2={x(reference.value)} y1={margin.top - 8} y2={height - margin.bottom} stroke="currentColor" strokeWidth={2} strokeDasharray="5 4" />
              <text x={x(reference.value)} y={margin.top - 12} textAnchor="middle" className="chart-axis-label">
                {reference.label}
              </text>
            </g>
          )}
        </svg>
      </div>
    </figure>
  );
}
