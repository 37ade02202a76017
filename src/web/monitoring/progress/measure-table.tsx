import { useI18n } from '../../app/i18n/i18n-provider';
import { ScrollRegion } from '../../plan/plans/scroll-region';
import { valueWithUnit } from './measure-value';
import { NarrativeText } from './narrative-text';
import type { ScoreMeasure } from './progress-api';
import { measureStatusLook } from './progress-status';
import { StatusChip, TrendText } from './status-chip';
import { useStatusText } from './status-text';

interface MeasureTableProps {
  caption: string;
  measureLevel: string;
  measures: readonly ScoreMeasure[];
  onOpenChart: (measure: ScoreMeasure) => void;
}

/**
 * Measures as a district scorecard prints them: status, expected against latest actual, trend,
 * owner and the latest narrative. On a phone each row becomes a card.
 */
export function MeasureTable({ caption, measureLevel, measures, onOpenChart }: MeasureTableProps) {
  const { t } = useI18n();
  const statusText = useStatusText();
  const columns = { measure: measureLevel, status: t('progress.col.status'), values: t('progress.col.values'), trend: t('progress.col.trend'), narrative: t('progress.col.narrative') };
  return (
    <ScrollRegion label={caption}>
      <table className="table table-stack progress-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.measure}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.values}</th>
            <th scope="col">{columns.trend}</th>
            <th scope="col">{columns.narrative}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.key} className={measure.status.status === 'no_data' ? 'is-no-data' : undefined}>
              <th scope="row" className="cell-primary">
                <button type="button" className="link-button measure-chart-button" aria-label={`${measure.name}, ${t('progress.showChart')}`} onClick={() => onOpenChart(measure)}>
                  {measure.name}
                </button>
                <span className="cell-sub">
                  <span className="mono">{measure.key}</span> · {measure.owner ? t('progress.ownedBy', { name: measure.owner.name }) : t('progress.noOwner')}
                </span>
              </th>
              <td data-label={columns.status}>
                <StatusChip look={measureStatusLook[measure.status.status]}>{statusText.measure(measure.status.status)}</StatusChip>
              </td>
              <td data-label={columns.values}>
                <ExpectedActual measure={measure} />
              </td>
              <td data-label={columns.trend}>
                <TrendText trend={measure.status.trend} />
              </td>
              <td data-label={columns.narrative} className="cell-wrap">
                <NarrativeText narrative={measure.latestNarrative} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** "Expected 55%, actual 51% (2025-26)", or "No data yet" in grey (not red: the data may not be out). */
export function ExpectedActual({ measure }: { measure: ScoreMeasure }) {
  const { t, locale } = useI18n();
  const { status } = measure;
  const format = (value: number) => valueWithUnit(value, measure, locale);
  return (
    <span className="expected-actual">
      {status.actual === null ? (
        <span className="no-data-text">{t('progress.noActual')}</span>
      ) : (
        <span className="actual-value">{t('progress.actualIn', { value: format(status.actual), period: status.period?.label ?? '' })}</span>
      )}
      {status.expected !== null && <span className="cell-sub">{t('progress.expected', { value: format(status.expected) })}</span>}
      {status.finalTarget !== null && <span className="cell-sub">{t('progress.finalTarget', { value: format(status.finalTarget) })}</span>}
    </span>
  );
}
