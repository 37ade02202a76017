import { useCallback, useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import type { Dataset, EntitiesResponse, GroupsResponse } from '../api-types';
import { DataSections } from '../data-sections';
import { dataPath, datasetPath, evidenceApi } from '../evidence-api';
import { DatasetStatusBadge } from './dataset-status';
import { periodsText } from './periods-text';
import { ImportProgress } from './import-progress';
import { UploadForm } from './upload-form';
import { usePolling } from './use-polling';
import '../evidence.css';
import { ScrollRegion } from '../../plan/plans/scroll-region';

/**
 * The district's data files: what each holds (rows, hidden and missing values, periods), who loaded
 * it and when, the progress of an import running now; planners upload a new one here.
 */
export function DatasetsListPage() {
  const { t, locale, formatDateTime } = useI18n();
  const say = useAnnounce();
  const navigate = useNavigate();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'evidence.edit');
  const datasets = useResource<{ datasets: Dataset[] }>(evidenceApi.datasets(organizationId));
  const entities = useResource<EntitiesResponse>(evidenceApi.entities(organizationId));
  const groups = useResource<GroupsResponse>(evidenceApi.groups(organizationId));
  const list = datasets.data?.datasets ?? [];
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const isImporting = list.some((dataset) => dataset.status === 'importing');
  const { reload } = datasets;
  const poll = useCallback(async () => {
    await reload();
  }, [reload]);
  usePolling(isImporting, poll);
  // An import that just finished may have named new schools and groups: their counts are read again.
  const wasImporting = useRef(isImporting);
  const { reload: reloadEntities } = entities;
  const { reload: reloadGroups } = groups;
  useEffect(() => {
    if (wasImporting.current && !isImporting) {
      void reloadEntities();
      void reloadGroups();
    }
    wasImporting.current = isImporting;
  }, [isImporting, reloadEntities, reloadGroups]);

  const unmatchedSchools = (entities.data?.entities ?? []).filter((entity) => entity.status === 'unmatched').length;
  const unknownGroups = (groups.data?.labels ?? []).filter((label) => label.match === 'unknown').length;

  const replace = (changed: Dataset) =>
    datasets.setData((current) => current && { datasets: current.datasets.map((dataset) => (dataset.id === changed.id ? changed : dataset)) });

  const uploaded = (dataset: Dataset) => {
    if (dataset.status === 'needs_mapping') {
      say(t('datasets.upload.needsMapping'));
      navigate(datasetPath(organizationId, dataset.id));
      return;
    }
    say(t('datasets.upload.importing', { name: dataset.name }));
    datasets.setData((current) => ({ datasets: [dataset, ...(current?.datasets ?? []).filter((other) => other.id !== dataset.id)] }));
  };

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('datasets.title')} description={t('datasets.description')} />
      <DataSections organizationId={organizationId} />
      {(unmatchedSchools > 0 || unknownGroups > 0) && (
        <ul className="data-attention" aria-label={t('datasets.attention.label')}>
          {unmatchedSchools > 0 && (
            <li>
              <Link to={dataPath(organizationId, 'schools')}>{t('datasets.attention.schools', { count: unmatchedSchools })}</Link>
            </li>
          )}
          {unknownGroups > 0 && (
            <li>
              <Link to={dataPath(organizationId, 'groups')}>{t('datasets.attention.groups', { count: unknownGroups })}</Link>
            </li>
          )}
        </ul>
      )}
      {canEdit && (
        <section className="card" aria-labelledby="upload-heading">
          <div className="card-header">
            <div>
              <h2 id="upload-heading">{t('datasets.upload.title')}</h2>
              <p>{t('datasets.upload.description')}</p>
            </div>
          </div>
          <div className="card-body">
            <UploadForm path={evidenceApi.datasets(organizationId)} asksName submitLabel={t('datasets.upload.send')} onUploaded={uploaded} />
          </div>
        </section>
      )}
      <section className="card" aria-labelledby="datasets-heading">
        <div className="card-header">
          <h2 id="datasets-heading">{t('datasets.listTitle')}</h2>
        </div>
        <ResourceStates
          resource={datasets}
          isEmpty={list.length === 0}
          errorTitle={t('datasets.loadFailed')}
          emptyIcon="inbox"
          emptyTitle={t('datasets.empty')}
          emptyText={canEdit ? t('datasets.emptyEdit') : undefined}
        >
          <ScrollRegion label={t('datasets.listTitle')}>
            <table className="table table-stack datasets-table">
              <thead>
                <tr>
                  <th scope="col">{t('datasets.column.name')}</th>
                  <th scope="col">{t('datasets.column.status')}</th>
                  <th scope="col" className="cell-number">{t('datasets.column.rows')}</th>
                  <th scope="col" className="cell-number">{t('datasets.column.suppressed')}</th>
                  <th scope="col" className="cell-number">{t('datasets.column.missing')}</th>
                  <th scope="col">{t('datasets.column.periods')}</th>
                  <th scope="col">{t('datasets.column.loaded')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((dataset) => (
                  <tr key={dataset.id}>
                    <td className="cell-primary">
                      <Link to={datasetPath(organizationId, dataset.id)}>{dataset.name}</Link>
                      {dataset.source && <span className="cell-sub">{dataset.source.file_name}</span>}
                    </td>
                    <td data-label={t('datasets.column.status')}>
                      {dataset.status === 'importing' ? (
                        <div className="stack-sm">
                          <DatasetStatusBadge status={dataset.status} />
                          <ImportProgress dataset={dataset} canEdit={canEdit} onChanged={replace} />
                        </div>
                      ) : (
                        <DatasetStatusBadge status={dataset.status} />
                      )}
                    </td>
                    <td data-label={t('datasets.column.rows')} className="cell-number">{number(dataset.rows)}</td>
                    <td data-label={t('datasets.column.suppressed')} className="cell-number">{number(dataset.suppressed)}</td>
                    <td data-label={t('datasets.column.missing')} className="cell-number">{number(dataset.missing)}</td>
                    <td data-label={t('datasets.column.periods')}>{periodsText(dataset.periods) || <span className="muted">—</span>}</td>
                    <td data-label={t('datasets.column.loaded')} className="cell-wrap">
                      {dataset.source ? (
                        <span>
                          {dataset.source.loaded_by?.name ?? t('datasets.loadedByUnknown')}
                          <span className="cell-sub">{formatDateTime(dataset.source.loaded_at)}</span>
                        </span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </ResourceStates>
      </section>
    </div>
  );
}
