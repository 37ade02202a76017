import { useId, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { FieldFrame } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { PlanErrorAlert } from '../../plan/plans/plan-error-alert';
import { sendFile, xlsxContentType } from '../../plan/plans/plan-api';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { ScrollRegion } from '../../plan/plans/scroll-region';
import { applyErrors, fileKindOf } from './upload-rows';
import { progressApi, rowsToApply, type ActualsPreview } from './progress-api';
import './upload-actuals.css';

const maxBytes = 5 * 1024 * 1024;

interface UploadActualsDialogProps {
  isOpen: boolean;
  onClose: () => void;
  onApplied: (result: { applied: number; measures: number }) => void;
}

/**
 * Actuals in bulk: a CSV or XLSX file is read by the server into a preview (new, changed, same,
 * and every bad row named by row and column); nothing is stored until "Apply", which saves every
 * row or none.
 */
export function UploadActualsDialog({ isOpen, onClose, onApplied }: UploadActualsDialogProps) {
  const { t, locale } = useI18n();
  const { plan } = usePlanWorkspace();
  const { csrfToken } = useSignedIn();
  const inputId = useId();
  const [fileError, setFileError] = useState<string | undefined>();
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ActualsPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [applyProblems, setApplyProblems] = useState<string[]>([]);
  const [isReading, setIsReading] = useState(false);
  const [isApplying, setIsApplying] = useState(false);

  const reset = () => {
    setPreview(null);
    setError(null);
    setFileError(undefined);
    setApplyProblems([]);
    setFileName(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const read = async (file: File) => {
    reset();
    setFileName(file.name);
    const kind = fileKindOf(file.name);
    if (!kind) return setFileError(t('progress.upload.wrongType'));
    if (file.size > maxBytes) return setFileError(t('progress.upload.tooLarge'));
    setIsReading(true);
    try {
      setPreview(await sendFile<ActualsPreview>('POST', progressApi.preview(plan.id), file, kind === 'csv' ? 'text/csv' : xlsxContentType, csrfToken));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsReading(false);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setIsApplying(true);
    setError(null);
    setApplyProblems([]);
    try {
      const result = await api.post<{ applied: number; measures: number }>(progressApi.actuals(plan.id), rowsToApply(preview.rows));
      reset();
      onApplied(result);
      onClose();
    } catch (cause) {
      const apiError = ApiError.from(cause);
      setError(apiError);
      setApplyProblems(applyErrors(apiError.details, preview.rows).map((problem) => t('progress.upload.errorAt', problem)));
    } finally {
      setIsApplying(false);
    }
  };

  const count = (change: 'new' | 'changed' | 'same') => preview?.rows.filter((row) => row.change === change).length ?? 0;
  const canApply = preview !== null && preview.errors.length === 0 && preview.rows.length > 0;
  const number = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value));

  return (
    <Dialog
      isOpen={isOpen}
      isWide
      title={t('progress.upload.title')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          {canApply && (
            <Button variant="primary" isBusy={isApplying} onClick={() => void apply()}>
              {t('progress.upload.apply', { count: preview.rows.length })}
            </Button>
          )}
        </>
      }
    >
      <div className="form">
        <p>{t('progress.upload.description')}</p>
        <FieldFrame id={inputId} label={t('progress.upload.file')} hint={t('progress.upload.fileHint')} error={fileError}>
          {({ id, describedBy, isInvalid }) => (
            <input
              id={id}
              name="file"
              type="file"
              className="input file-input"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void read(file);
                // The same file, fixed and chosen again, must be read again.
                event.target.value = '';
              }}
            />
          )}
        </FieldFrame>
        {isReading ? <Loading label={t('progress.upload.reading')} /> : fileName && !fileError && <p className="upload-file-name">{t('progress.upload.fileRead', { name: fileName })}</p>}
        {error && (
          <PlanErrorAlert error={error} title={preview ? t('progress.upload.applyFailed') : t('progress.upload.previewFailed')} />
        )}
        {applyProblems.length > 0 && (
          <ul className="upload-errors" aria-label={t('progress.upload.errorsLabel')}>
            {applyProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {preview && preview.errors.length > 0 && (
          <Alert tone="danger" title={t('progress.upload.errorsTitle', { count: preview.errors.length })}>
            <p>{t('progress.upload.errorsText')}</p>
            <ul className="upload-errors">
              {[...preview.errors]
                .sort((a, b) => a.row - b.row)
                .map((problem) => (
                  <li key={`${problem.row}-${problem.column}-${problem.message}`}>{t('progress.upload.errorAt', problem)}</li>
                ))}
            </ul>
          </Alert>
        )}
        {preview && preview.errors.length === 0 && (
          <Alert tone={preview.rows.length > 0 ? 'success' : 'warning'}>
            {preview.rows.length > 0 ? t('progress.upload.summary', { rows: preview.rows.length, new: count('new'), changed: count('changed'), same: count('same') }) : t('progress.upload.nothing')}
          </Alert>
        )}
        {preview && preview.rows.length > 0 && (
          <ScrollRegion label={t('progress.upload.previewCaption')}>
            <table className="table numeric-table upload-preview">
              <caption className="table-caption">{t('progress.upload.previewCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.upload.col.row')}</th>
                  <th scope="col">{t('progress.upload.col.measure')}</th>
                  <th scope="col">{t('progress.upload.col.period')}</th>
                  <th scope="col">{t('progress.upload.col.group')}</th>
                  <th scope="col" className="cell-number">
                    {t('progress.upload.col.value')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('progress.upload.col.n')}
                  </th>
                  <th scope="col">{t('progress.upload.col.change')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.row}>
                    <th scope="row">{row.row}</th>
                    <td className="mono">{row.measureKey}</td>
                    <td>{row.period}</td>
                    <td>{row.subgroup ?? t('progress.chart.allStudents')}</td>
                    <td className="cell-number">{number(row.value)}</td>
                    <td className="cell-number">{number(row.n)}</td>
                    <td>
                      <span className={`change-chip is-${row.change}`}>
                        {row.change === 'changed' ? t('progress.upload.change.changed', { previous: number(row.previous) }) : t(`progress.upload.change.${row.change}`)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </div>
    </Dialog>
  );
}
