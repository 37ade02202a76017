import { ResourceStates } from '../../app/ui/resource-states';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CycleSummary } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { cyclePath, formatDay, processApi } from './process-api';
import { StartCycleDialog } from './start-cycle-dialog';
import './process.css';

/** A district's planning cycles, newest first; planners start a new one from a template. */
export function CyclesListPage() {
  const { t, locale, formatDate } = useI18n();
  const navigate = useNavigate();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'process.edit');
  const cycles = useResource<{ cycles: CycleSummary[] }>(processApi.cycles(organizationId));
  const [isStarting, setIsStarting] = useState(false);
  const list = [...(cycles.data?.cycles ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const day = (date: string) => formatDay(locale, date);

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('process.title')}
        description={canEdit ? t('process.descriptionEdit') : t('process.descriptionRead')}
        actions={
          canEdit && (
            <Button variant="primary" onClick={() => setIsStarting(true)}>
              <Icon name="plus" size={16} />
              {t('process.start')}
            </Button>
          )
        }
      />
      <section className="card" aria-labelledby="cycles-heading">
        <div className="card-header">
          <h2 id="cycles-heading">{t('process.listTitle')}</h2>
        </div>
        <ResourceStates
          resource={cycles}
          isEmpty={list.length === 0}
          errorTitle={t('process.loadFailed')}
          emptyIcon="book"
          emptyTitle={t('process.emptyTitle')}
          emptyText={canEdit ? t('process.emptyTextEdit') : t('process.emptyTextRead')}
        >
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('process.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('process.column.name')}</th>
                  <th scope="col">{t('process.column.dates')}</th>
                  <th scope="col">{t('process.column.started')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((cycle) => (
                  <tr key={cycle.id}>
                    <th scope="row" className="cell-primary">
                      <Link to={cyclePath(organizationId, cycle.id)}>{cycle.name}</Link>
                    </th>
                    <td data-label={t('process.column.dates')}>
                      {cycle.endDate ? t('process.dates', { start: day(cycle.startDate), end: day(cycle.endDate) }) : t('process.datesOpen', { start: day(cycle.startDate) })}
                    </td>
                    <td data-label={t('process.column.started')} className="cell-date">
                      {formatDate(cycle.createdAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
      {canEdit && <StartCycleDialog isOpen={isStarting} districtId={organizationId} onClose={() => setIsStarting(false)} onStarted={(id) => navigate(cyclePath(organizationId, id))} />}
    </div>
  );
}
