import { useI18n } from '../../app/i18n/i18n-provider';
import type { Dataset } from '../api-types';
import { evidenceApi } from '../evidence-api';
import { DatasetStatusBadge } from './dataset-status';
import { periodsText } from './periods-text';

/** What a dataset is: its file (to download), the layout read it, what it holds. */
export function DatasetFacts({ dataset }: { dataset: Dataset }) {
  const { t, locale, formatDateTime } = useI18n();
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const size = (bytes: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: bytes >= 1_000_000 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes >= 1_000_000 ? bytes / 1_000_000 : Math.max(0.1, bytes / 1000));
  return (
    <dl className="details-list dataset-facts">
      <dt>{t('dataset.status')}</dt>
      <dd>
        <DatasetStatusBadge status={dataset.status} />
      </dd>
      <dt>{t('dataset.source')}</dt>
      <dd>
        {dataset.source ? (
          <>
            <a href={evidenceApi.source(dataset.id)} download={dataset.source.file_name}>
              {dataset.source.file_name}
            </a>{' '}
            <span className="muted">({size(dataset.source.size_bytes)})</span>
            <span className="cell-sub">{t('dataset.loadedBy', { name: dataset.source.loaded_by?.name ?? t('datasets.loadedByUnknown'), when: formatDateTime(dataset.source.loaded_at) })}</span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </dd>
      <dt>{t('dataset.layout')}</dt>
      <dd>{dataset.layout ? dataset.layout.name : dataset.status === 'needs_mapping' ? t('dataset.layoutNone') : t('dataset.layoutByHand')}</dd>
      <dt>{t('dataset.rows')}</dt>
      <dd>{t('dataset.rowsText', { rows: number(dataset.rows), suppressed: number(dataset.suppressed), missing: number(dataset.missing) })}</dd>
      <dt>{t('dataset.periods')}</dt>
      <dd>{periodsText(dataset.periods) || <span className="muted">—</span>}</dd>
      <dt>{t('dataset.metrics')}</dt>
      <dd>{dataset.metrics.length > 0 ? dataset.metrics.map((metric) => metric.label).join(', ') : <span className="muted">—</span>}</dd>
      <dt>{t('dataset.entities')}</dt>
      <dd>{t('dataset.entitiesText', { schools: dataset.entities.schools, district: dataset.entities.district, unmatched: dataset.entities.unmatched })}</dd>
    </dl>
  );
}
