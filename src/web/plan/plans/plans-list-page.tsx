import { ResourceStates } from '../../app/ui/resource-states';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PlanSummary } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { PlanErrorAlert } from './plan-error-alert';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { ImportPlanDialog } from '../import/import-plan-dialog';
import { NewPlanDialog } from './new-plan-dialog';
import { planApi } from './plan-api';
import { periodText } from './plan-format-text';
import { lifecycleLabel, lifecycleTone } from './plan-lifecycle';
import { planPath } from './plan-views';
import './plans.css';

/** A district's plans: the current one, drafts, amendments and archived plans, newest change first. */
export function PlansListPage() {
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'plans.edit');
  const plans = useResource<{ plans: PlanSummary[] }>(planApi.list(organizationId));
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const list = [...(plans.data?.plans ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const openPlan = (id: string) => navigate(planPath(organizationId, id));

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('plans.title')}
        description={canEdit ? t('plans.descriptionEdit') : t('plans.descriptionRead')}
        actions={
          canEdit && (
            <>
              <Button onClick={() => setDialog('import')}>{t('plans.import')}</Button>
              <Button variant="primary" onClick={() => setDialog('new')}>
                <Icon name="plus" size={16} />
                {t('plans.new')}
              </Button>
            </>
          )
        }
      />
      <section className="card" aria-labelledby="plans-heading">
        <div className="card-header">
          <h2 id="plans-heading">{t('plans.listTitle')}</h2>
        </div>
        <ResourceStates
          resource={plans}
          isEmpty={list.length === 0}
          renderError={(error) => <PlanErrorAlert error={error} title={t('plans.loadFailed')} />}
          emptyIcon="book"
          emptyTitle={t('plans.emptyTitle')}
          emptyText={canEdit ? t('plans.emptyTextEdit') : t('plans.emptyTextRead')}
        >
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('plans.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.column.title')}</th>
                  <th scope="col">{t('plans.column.period')}</th>
                  <th scope="col">{t('plans.column.status')}</th>
                  <th scope="col">{t('plans.column.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((plan) => (
                  <tr key={plan.id}>
                    <th scope="row" className="cell-primary">
                      <Link to={planPath(organizationId, plan.id)}>{plan.title}</Link>
                      {plan.adoptedVersion !== null && plan.lifecycle === 'amending' && (
                        <span className="cell-sub">{t('plans.adoptedStaysPublic', { version: plan.adoptedVersion })}</span>
                      )}
                    </th>
                    <td data-label={t('plans.column.period')}>{plan.period ? periodText(plan.period) : <span className="muted">{t('plans.noPeriod')}</span>}</td>
                    <td data-label={t('plans.column.status')}>
                      <Badge tone={lifecycleTone[plan.lifecycle]}>{t(lifecycleLabel[plan.lifecycle])}</Badge>
                    </td>
                    <td data-label={t('plans.column.updated')} className="cell-date">
                      {formatDate(plan.updatedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
      {canEdit && (
        <>
          <NewPlanDialog isOpen={dialog === 'new'} districtId={organizationId} onClose={() => setDialog(null)} onCreated={openPlan} />
          <ImportPlanDialog isOpen={dialog === 'import'} districtId={organizationId} onClose={() => setDialog(null)} onImported={openPlan} />
        </>
      )}
    </div>
  );
}
