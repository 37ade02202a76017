import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import type { Dataset } from '../api-types';
import { evidenceApi } from '../evidence-api';

/**
 * How far a running import got (the bytes of the file read), and its Cancel button: a cancelled
 * import leaves nothing half-imported, the previous file stays in use.
 */
export function ImportProgress({ dataset, canEdit, onChanged }: { dataset: Dataset; canEdit: boolean; onChanged: (dataset: Dataset) => void }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const [isCancelling, setIsCancelling] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const progress = Math.min(1, Math.max(0, dataset.import?.progress ?? 0));
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(progress);
  const rows = new Intl.NumberFormat(locale).format(dataset.import?.rows_read ?? 0);
  const label = t('datasets.progress.label', { name: dataset.name });

  const cancel = async () => {
    setIsCancelling(true);
    setFailure(null);
    try {
      onChanged(await api.post<Dataset>(evidenceApi.cancel(dataset.id)));
      say(t('datasets.progress.cancelled'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsCancelling(false);
    }
  };

  return (
    <div className="import-progress">
      <div className="import-progress-bar">
        <progress max={1} value={progress} aria-label={label} />
        <span className="import-progress-text">{t('datasets.progress.text', { percent, rows })}</span>
      </div>
      {canEdit && (
        <Button size="small" onClick={() => void cancel()} isBusy={isCancelling} aria-label={t('datasets.progress.cancelLabel', { name: dataset.name })}>
          {t('datasets.progress.cancel')}
        </Button>
      )}
      {failure && <ErrorAlert error={failure} title={t('datasets.progress.cancelFailed')} onDismiss={() => setFailure(null)} />}
    </div>
  );
}
