import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { cohortPath, cohortsApi, formatCalendarDay, type Cohort } from './cohorts-api';
import { NewCohortDialog } from './new-cohort-dialog';

/** The network's cohorts, newest first; its administrators start a new one from a process template. */
export function CohortsListPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { organization } = useOrganizationInUrl();
  const networkId = organization!.id;
  const canManage = hasPermission(organization, 'network.manage');
  const cohorts = useResource<{ cohorts: Cohort[] }>(cohortsApi.cohorts(networkId));
  const [isStarting, setIsStarting] = useState(false);
  const list = cohorts.data?.cohorts ?? [];

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('cohorts.title')}
        description={t(canManage ? 'cohorts.descriptionManage' : 'cohorts.descriptionRead')}
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setIsStarting(true)}>
              <Icon name="plus" size={16} />
              {t('cohorts.start')}
            </Button>
          )
        }
      />
      <section className="card" aria-labelledby="cohorts-heading">
        <div className="card-header">
          <h2 id="cohorts-heading">{t('cohorts.listTitle')}</h2>
        </div>
        <ResourceStates
          resource={cohorts}
          isEmpty={list.length === 0}
          errorTitle={t('cohorts.loadFailed')}
          emptyIcon="people"
          emptyTitle={t('cohorts.emptyTitle')}
          emptyText={t(canManage ? 'cohorts.emptyTextManage' : 'cohorts.emptyTextRead')}
        >
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('cohorts.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cohorts.column.name')}</th>
                  <th scope="col">{t('cohorts.column.schoolYear')}</th>
                  <th scope="col">{t('cohorts.column.template')}</th>
                  <th scope="col">{t('cohorts.column.start')}</th>
                  <th scope="col">{t('cohorts.column.districts')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((cohort) => (
                  <tr key={cohort.id}>
                    <th scope="row" className="cell-primary">
                      <Link to={cohortPath(networkId, cohort.id)}>{cohort.name}</Link>
                    </th>
                    <td data-label={t('cohorts.column.schoolYear')}>{cohort.schoolYear}</td>
                    <td data-label={t('cohorts.column.template')}>{cohort.templateName ?? <span className="muted">{t('cohorts.templateGone')}</span>}</td>
                    <td data-label={t('cohorts.column.start')} className="cell-date">
                      {formatCalendarDay(locale, cohort.startDate)}
                    </td>
                    <td data-label={t('cohorts.column.districts')}>{cohort.districtCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
      {canManage && <NewCohortDialog isOpen={isStarting} networkId={networkId} onClose={() => setIsStarting(false)} onStarted={(cohort) => navigate(cohortPath(networkId, cohort.id))} />}
    </div>
  );
}
