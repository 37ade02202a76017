import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import type { Dataset } from '../api-types';
import { DataSections } from '../data-sections';
import { dataPath, evidenceApi } from '../evidence-api';
import { MappingStep } from '../mapping/mapping-step';
import { ProblemsTable } from '../mapping/problems-table';
import { DatasetFacts } from './dataset-facts';
import { DatasetHistory } from './dataset-history';
import { ImportProgress } from './import-progress';
import { UploadForm } from './upload-form';
import { usePolling } from './use-polling';
import '../evidence.css';

/**
 * One data file: where it came from and what it holds; while Waymark does not know its layout, the
 * mapping step; while it imports, its progress; when it failed, why, line by line; the files it
 * held before, a corrected file to replace it, and Delete.
 */
export function DatasetPage() {
  const { t } = useI18n();
  const say = useAnnounce();
  const navigate = useNavigate();
  const { datasetId } = useParams();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'evidence.edit');
  const resource = useResource<Dataset>(evidenceApi.dataset(datasetId!));
  const dataset = resource.data;
  const [isDeleting, setIsDeleting] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const { reload, setData } = resource;
  usePolling(dataset?.status === 'importing', useCallback(() => reload(), [reload]));

  const remove = async () => {
    setIsDeleting(true);
    setDeleteError(null);
    try {
      await api.delete(evidenceApi.dataset(datasetId!));
      say(t('dataset.deleted', { name: dataset?.name ?? '' }));
      navigate(dataPath(organizationId));
    } catch (cause) {
      setDeleteError(ApiError.from(cause));
      setIsConfirming(false);
    } finally {
      setIsDeleting(false);
    }
  };

  const replaced = (next: Dataset) => {
    setData(next);
    say(next.status === 'needs_mapping' ? t('dataset.replace.needsMapping') : t('dataset.replace.importing'));
  };

  const title = dataset?.name ?? t('dataset.title');
  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={<Link to={dataPath(organizationId)}>{t('dataset.backToFiles')}</Link>}
        titleContext={organization!.name}
        title={title}
        actions={
          dataset &&
          canEdit && (
            <Button variant="quiet-danger" onClick={() => setIsConfirming(true)}>
              {t('dataset.delete')}
            </Button>
          )
        }
      />
      <DataSections organizationId={organizationId} />
      {resource.isLoading && !dataset && <Loading />}
      {resource.error && <ErrorAlert error={resource.error} title={t('dataset.loadFailed')} />}
      {deleteError && <ErrorAlert error={deleteError} title={t('dataset.deleteFailed')} onDismiss={() => setDeleteError(null)} />}
      {dataset && (
        <>
          <section className="card" aria-labelledby="dataset-facts-heading">
            <div className="card-header">
              <h2 id="dataset-facts-heading">{t('dataset.factsTitle')}</h2>
            </div>
            <div className="card-body stack">
              <DatasetFacts dataset={dataset} />
              {dataset.status === 'importing' && <ImportProgress dataset={dataset} canEdit={canEdit} onChanged={setData} />}
              {dataset.status === 'ready' && (dataset.entities.unmatched > 0 || dataset.unknown_groups > 0) && (
                <Alert tone="warning" title={t('dataset.attention.title')} announce="none">
                  <ul className="data-attention-list">
                    {dataset.entities.unmatched > 0 && (
                      <li>
                        <Link to={dataPath(organizationId, 'schools')}>{t('datasets.attention.schools', { count: dataset.entities.unmatched })}</Link>
                      </li>
                    )}
                    {dataset.unknown_groups > 0 && (
                      <li>
                        <Link to={dataPath(organizationId, 'groups')}>{t('datasets.attention.groups', { count: dataset.unknown_groups })}</Link>
                      </li>
                    )}
                  </ul>
                </Alert>
              )}
              {dataset.status === 'ready' && (
                <p>
                  <Link to={dataPath(organizationId, 'indicators')}>{t('dataset.openIndicators')}</Link>
                </p>
              )}
            </div>
          </section>

          {dataset.status === 'needs_mapping' && !canEdit && <Alert tone="info" title={t('dataset.needsMappingReader')} announce="none" />}
          {dataset.status === 'needs_mapping' && canEdit && <MappingStep key={`${dataset.id}-${dataset.version}`} dataset={dataset} onImported={setData} />}

          {(dataset.status === 'failed' || dataset.problem_count > 0) && dataset.status !== 'needs_mapping' && (
            <section className="card" aria-labelledby="dataset-problems-heading">
              <div className="card-header">
                <div>
                  <h2 id="dataset-problems-heading">{t('dataset.problems.title')}</h2>
                  <p>{dataset.status === 'failed' ? t('dataset.problems.failed', { count: dataset.problem_count }) : t('dataset.problems.some', { count: dataset.problem_count })}</p>
                </div>
              </div>
              <div className="card-body is-flush">
                <ProblemsTable problems={dataset.problems} total={dataset.problem_count} caption={t('dataset.problems.caption')} />
              </div>
            </section>
          )}

          <section className="card" aria-labelledby="dataset-history-heading">
            <div className="card-header">
              <div>
                <h2 id="dataset-history-heading">{t('dataset.history.title')}</h2>
                <p>{t('dataset.history.description')}</p>
              </div>
            </div>
            <div className="card-body is-flush">
              <DatasetHistory dataset={dataset} />
            </div>
            {canEdit && dataset.status !== 'importing' && (
              <div className="card-body replace-file">
                <h3 className="section-title">{t('dataset.replace.title')}</h3>
                <p className="muted">{t('dataset.replace.description')}</p>
                <UploadForm path={evidenceApi.files(dataset.id)} submitLabel={t('dataset.replace.send')} onUploaded={replaced} />
              </div>
            )}
          </section>
        </>
      )}
      <ConfirmDialog isOpen={isConfirming} title={t('dataset.deleteTitle', { name: title })} confirmLabel={t('dataset.deleteConfirm')} isBusy={isDeleting} onConfirm={() => void remove()} onCancel={() => setIsConfirming(false)}>
        <p>{t('dataset.deleteText')}</p>
      </ConfirmDialog>
    </div>
  );
}
