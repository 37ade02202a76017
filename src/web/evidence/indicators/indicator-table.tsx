import { useI18n } from '../../app/i18n/i18n-provider';
import type { IndicatorResult } from '../api-types';
import { formatDifference, gapOf, isImprovement, nOf, valueOf } from './indicator-model';
import { ScrollRegion } from '../../plan/plans/scroll-region';

interface IndicatorTableProps {
  result: IndicatorResult;
  caption: string;
  /** The first column's heading: school, student group or year. */
  rowHeading: string;
  labelOf: (label: string) => string;
  format: (value: number) => string;
}

/** The chart's numbers for everyone: value, n, gap to the district (and comparison group), change since the last period. */
export function IndicatorTable({ result, caption, rowHeading, labelOf, format }: IndicatorTableProps) {
  const { t, locale } = useI18n();
  const hasComparison = result.comparison !== null;
  const points = result.metric.unit === 'percent' ? t('indicators.points') : '';
  const difference = (value: number | null) => {
    if (value === null) return <span className="muted">—</span>;
    const good = isImprovement(value, result.metric.higher_is_better);
    return (
      <span className={good === true ? 'difference is-good' : good === false ? 'difference is-bad' : 'difference'}>
        {formatDifference(value, locale)}
        {points && ` ${points}`}
      </span>
    );
  };
  const gapText = (gap: ReturnType<typeof gapOf>) =>
    gap === 'small_group' ? t('indicators.hiddenSmall', { threshold: result.threshold }) : gap === 'in_file' ? t('indicators.suppressedInFile') : t('indicators.missing');

  return (
    <ScrollRegion label={caption}>
      <table className="table table-stack indicator-table">
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col" className="cell-number">{t('indicators.column.value')}</th>
            <th scope="col" className="cell-number">{t('indicators.column.n')}</th>
            {result.by !== 'period' && <th scope="col" className="cell-number">{t('indicators.column.gapDistrict')}</th>}
            {hasComparison && <th scope="col" className="cell-number">{t('indicators.column.gapComparison')}</th>}
            <th scope="col" className="cell-number">{t('indicators.column.change')}</th>
          </tr>
        </thead>
        <tbody>
          {result.cells.map((cell) => {
            const value = valueOf(cell);
            const n = nOf(cell);
            return (
              <tr key={cell.key}>
                <th scope="row" className="cell-primary cell-wrap">
                  {labelOf(cell.label)}
                </th>
                <td data-label={t('indicators.column.value')} className="cell-number">
                  {value === null ? <span className="value-flag">{gapText(gapOf(cell))}</span> : format(value)}
                </td>
                <td data-label={t('indicators.column.n')} className="cell-number">{n === null ? <span className="muted">—</span> : new Intl.NumberFormat(locale).format(n)}</td>
                {result.by !== 'period' && (
                  <td data-label={t('indicators.column.gapDistrict')} className="cell-number">
                    {difference(cell.gap_to_district)}
                  </td>
                )}
                {hasComparison && (
                  <td data-label={t('indicators.column.gapComparison')} className="cell-number">
                    {difference(cell.gap_to_comparison)}
                  </td>
                )}
                <td data-label={t('indicators.column.change')} className="cell-number">
                  <span>
                    {difference(cell.change)}
                    {cell.change !== null && cell.previous_period && <span className="cell-sub">{t('indicators.since', { period: cell.previous_period })}</span>}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
