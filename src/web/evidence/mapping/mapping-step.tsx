import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { DatasetMapping } from '../../../core/evidence/dataset-mapping';
import { api, ApiError, fieldIssueMessage } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import type { Dataset, PreviewResult } from '../api-types';
import { evidenceApi } from '../evidence-api';
import { MappingFields } from './mapping-fields';
import { mappingFieldOf } from './mapping-model';
import { PreviewTable } from './preview-table';
import { ProblemsTable } from './problems-table';

/**
 * The mapping step of a file Waymark did not recognise: the proposal to correct, a live preview of
 * the tidy rows it makes with the problems by line and column, a name to save the layout under for
 * next year's file, and Import.
 */
export function MappingStep({ dataset, onImported }: { dataset: Dataset; onImported: (dataset: Dataset) => void }) {
  const { t } = useI18n();
  const say = useAnnounce();
  const proposal = dataset.proposal;
  const [mapping, setMapping] = useState<DatasetMapping | null>(dataset.mapping ?? proposal?.mapping ?? null);
  const [preview, setPreview] = useState<PreviewResult | null>(proposal ? { rows: proposal.preview, problems: proposal.problems, problem_count: proposal.problems.length } : null);
  const [headers, setHeaders] = useState<string[]>(proposal?.headers ?? []);
  const [isPreviewing, setIsPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const [importError, setImportError] = useState<ApiError | null>(null);
  const [isImporting, setIsImporting] = useState(false);
  const [layoutName, setLayoutName] = useState('');

  // The preview follows the mapping: asked again half a second after the last change.
  useEffect(() => {
    if (!mapping) return;
    let isCurrent = true;
    const timer = setTimeout(async () => {
      setIsPreviewing(true);
      try {
        const result = await api.post<PreviewResult & { headers?: string[] }>(evidenceApi.preview(dataset.id), { mapping });
        if (!isCurrent) return;
        setPreview(result);
        // Another sheet or header row has other headers; the server says them when it knows them.
        if (result.headers) setHeaders(result.headers);
        setPreviewError(null);
      } catch (cause) {
        if (isCurrent) setPreviewError(ApiError.from(cause));
      } finally {
        if (isCurrent) setIsPreviewing(false);
      }
    }, 500);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [mapping, dataset.id]);

  const fieldErrors = useMemo(() => {
    const errors: Record<string, string> = {};
    for (const detail of [...(importError?.details ?? []), ...(previewError?.details ?? [])]) {
      const field = mappingFieldOf(detail.path);
      if (field && !(field in errors)) errors[field] = fieldIssueMessage(detail);
    }
    return errors;
  }, [importError, previewError]);

  if (!mapping || !proposal) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsImporting(true);
    setImportError(null);
    try {
      const queued = await api.post<Dataset>(evidenceApi.import(dataset.id), { mapping, version: dataset.version, ...(layoutName.trim() ? { save_layout_as: layoutName.trim() } : {}) });
      say(t('mapping.importStarted'));
      onImported(queued);
    } catch (cause) {
      setImportError(ApiError.from(cause));
    } finally {
      setIsImporting(false);
    }
  };

  const layoutError = importError?.details.find((detail) => detail.path === '/save_layout_as');
  const unplaced = [...(importError?.details ?? [])].filter((detail) => !mappingFieldOf(detail.path) && detail.path !== '/save_layout_as');
  return (
    <section className="card" aria-labelledby="mapping-heading">
      <div className="card-header">
        <div>
          <h2 id="mapping-heading">{t('mapping.title')}</h2>
          <p>{t('mapping.description', { line: proposal.header_row, columns: headers.length })}</p>
        </div>
      </div>
      <form className="card-body stack-lg" noValidate onSubmit={(event) => void submit(event)}>
        {importError && (unplaced.length > 0 || importError.details.length === 0) && <ErrorAlert error={importError} title={t('mapping.importFailed')} onDismiss={() => setImportError(null)} />}
        <div className="mapping-layout">
          <MappingFields mapping={mapping} headers={headers} sheets={proposal.sheets} errorAt={(path) => fieldErrors[path]} onChange={setMapping} />
          <div className="stack mapping-preview" aria-busy={isPreviewing}>
            <h3 className="section-title">{t('mapping.preview.title')}</h3>
            <p className="muted" role="status">
              {isPreviewing ? t('mapping.preview.updating') : preview ? t('mapping.preview.summary', { rows: preview.rows.length, problems: preview.problem_count }) : ''}
            </p>
            {previewError && previewError.details.length === 0 && <ErrorAlert error={previewError} title={t('mapping.preview.failed')} />}
            {previewError && previewError.details.length > 0 && (
              <ul className="problem-list">
                {previewError.details.map((detail, at) => (
                  <li key={`${detail.path}-${at}`}>{fieldIssueMessage(detail)}</li>
                ))}
              </ul>
            )}
            {preview && <ProblemsTable problems={preview.problems} total={preview.problem_count} caption={t('mapping.problems.title')} />}
            {preview && <PreviewTable rows={preview.rows} />}
          </div>
        </div>
        <div className="form-grid">
          <TextField
            name="save_layout_as"
            label={t('mapping.saveLayoutAs')}
            hint={t('mapping.saveLayoutAsHint')}
            isOptional
            maxLength={200}
            value={layoutName}
            error={layoutError ? fieldIssueMessage(layoutError) : undefined}
            onChange={(event) => setLayoutName(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" isBusy={isImporting}>
            {t('mapping.import')}
          </Button>
          {preview && preview.problem_count > 0 && <span className="muted">{t('mapping.importWithProblems', { count: preview.problem_count })}</span>}
        </div>
      </form>
    </section>
  );
}
