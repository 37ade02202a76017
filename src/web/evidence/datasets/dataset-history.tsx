import { useI18n } from '../../app/i18n/i18n-provider';
import type { Dataset } from '../api-types';
import { ScrollRegion } from '../../plan/plans/scroll-region';

/** Every file this dataset held, newest first: the current one and those a corrected file replaced. */
export function DatasetHistory({ dataset }: { dataset: Dataset }) {
  const { t, locale, formatDateTime } = useI18n();
  if (dataset.history.length === 0) return <p className="muted">{t('dataset.history.none')}</p>;
  return (
    <ScrollRegion label={t('dataset.history.title')}>
      <table className="table table-stack">
        <caption className="visually-hidden">{t('dataset.history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataset.history.file')}</th>
            <th scope="col">{t('dataset.history.loaded')}</th>
            <th scope="col">{t('dataset.history.status')}</th>
            <th scope="col" className="cell-number">{t('datasets.column.rows')}</th>
          </tr>
        </thead>
        <tbody>
          {dataset.history.map((entry) => (
            <tr key={entry.import_id}>
              <td className="cell-primary cell-wrap">{entry.file_name}</td>
              <td data-label={t('dataset.history.loaded')}>
                <span>
                  {entry.loaded_by_name ?? t('datasets.loadedByUnknown')}
                  <span className="cell-sub">{formatDateTime(entry.loaded_at)}</span>
                </span>
              </td>
              <td data-label={t('dataset.history.status')}>{importStatusWord(t, entry.status)}</td>
              <td data-label={t('datasets.column.rows')} className="cell-number">{new Intl.NumberFormat(locale).format(entry.rows)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const importStatuses = ['waiting', 'queued', 'running', 'done', 'failed', 'cancelled', 'replaced'] as const;

/** An import's status in words; one the screen does not know yet is shown as the server wrote it. */
function importStatusWord(t: ReturnType<typeof useI18n>['t'], status: string): string {
  return (importStatuses as readonly string[]).includes(status) ? t(`dataset.importStatus.${status as (typeof importStatuses)[number]}`) : status;
}
