import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import type { Member } from '../../platform/api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { EmptyState } from '../../app/ui/empty-state';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { useCycle } from '../cycles/cycle-context';
import { processApi } from '../cycles/process-api';
import { stakeholdersApi, surveysOfEngagements, type EngagementPlan, type LinkedSurvey, type StakeholderGroup } from './stakeholders-api';
import { EngagementDialog, type EngagementTarget } from './engagement-dialog';
import { EngagementGrid, EngagementList } from './engagement-plan';
import { GroupDialog } from './group-dialog';
import { GroupsTable } from './groups-table';
import { PhaseSummaryList } from './phase-summary-links';
import { WriteError } from './write-error';
import './stakeholders.css';

type View = 'grid' | 'list';
const isNarrow = () => typeof window !== 'undefined' && window.matchMedia('(max-width: 40rem)').matches;

/** Stakeholder groups of the cycle and the plan for engaging each group in each phase. */
export function StakeholdersPage() {
  const t = useT();
  const say = useAnnounce();
  const { cycleId, organizationId, cycle } = useCycle();
  const { organization } = useOrganizationInUrl();
  const canEdit = hasPermission(organization, 'process.edit');
  const plan = useResource<EngagementPlan>(stakeholdersApi.plan(cycleId));
  const members = useResource<{ members: Member[] }>(canEdit && hasPermission(organization, 'members.read') ? processApi.members(organizationId) : null);
  const surveys = useResource<{ surveys: LinkedSurvey[] }>(hasPermission(organization, 'engagement.read') ? stakeholdersApi.surveys(organizationId) : null);
  const surveysByEngagement = surveysOfEngagements(surveys.data?.surveys ?? [], cycleId);
  const [searchParams, setSearchParams] = useSearchParams();
  const view: View = (searchParams.get('view') as View | null) ?? (isNarrow() ? 'list' : 'grid');
  const [editingGroup, setEditingGroup] = useState<StakeholderGroup | undefined | null>(null);
  const [removingGroup, setRemovingGroup] = useState<StakeholderGroup | null>(null);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const [target, setTarget] = useState<EngagementTarget | null>(null);
  const groups = plan.data?.groups ?? [];
  const engagements = plan.data?.engagements ?? [];

  const removeGroup = async () => {
    if (!removingGroup) return;
    setIsRemoving(true);
    setRemoveError(null);
    try {
      await api.delete(stakeholdersApi.group(cycleId, removingGroup.id));
      say(t('group.removed', { name: removingGroup.name }));
      setRemovingGroup(null);
      await plan.reload();
    } catch (cause) {
      setRemoveError(ApiError.from(cause));
    } finally {
      setIsRemoving(false);
    }
  };

  return (
    <div className="stack-lg">
      <p>{t('stakeholders.intro')}</p>
      <section className="card" aria-labelledby="groups-heading">
        <div className="card-header">
          <h2 id="groups-heading">{t('group.title')}</h2>
          {canEdit && (
            <Button size="small" variant="primary" onClick={() => setEditingGroup(undefined)}>
              {t('group.add')}
            </Button>
          )}
        </div>
        <ResourceStates resource={plan} isEmpty={groups.length === 0} errorTitle={t('stakeholders.loadFailed')} emptyIcon="people" emptyTitle={t('group.emptyTitle')} emptyText={t(canEdit ? 'group.emptyTextEdit' : 'group.emptyTextRead')}>
          <GroupsTable groups={groups} canEdit={canEdit} onEdit={setEditingGroup} onRemove={(g) => { setRemoveError(null); setRemovingGroup(g); }} />
        </ResourceStates>
      </section>

      {plan.data && (
        <section className="card" aria-labelledby="plan-heading">
          <div className="card-header">
            <h2 id="plan-heading">{t('plan.title')}</h2>
            <div className="row">
              <div className="view-switch" role="group" aria-label={t('plan.views')}>
                {(['grid', 'list'] as const).map((option) => (
                  <button key={option} type="button" className={`button button-small ${view === option ? 'button-primary' : 'button-secondary'}`} aria-pressed={view === option} onClick={() => setSearchParams(option === 'grid' ? { view: 'grid' } : { view: 'list' }, { replace: true })}>
                    {t(option === 'grid' ? 'plan.view.grid' : 'plan.view.list')}
                  </button>
                ))}
              </div>
              {canEdit && groups.length > 0 && (
                <Button size="small" variant="primary" onClick={() => setTarget({})}>
                  {t('plan.add')}
                </Button>
              )}
            </div>
          </div>
          {groups.length === 0 ? (
            <div className="card-body">
              <p className="muted">{t('plan.noGroups')}</p>
            </div>
          ) : view === 'grid' ? (
            <EngagementGrid groups={groups} phases={cycle.phases} engagements={engagements} canEdit={canEdit} onOpen={setTarget} surveysByEngagement={surveysByEngagement} organizationId={organizationId} />
          ) : engagements.length === 0 ? (
            <EmptyState icon="people" title={t('plan.emptyTitle')}>
              {t(canEdit ? 'plan.emptyTextEdit' : 'plan.emptyTextRead')}
            </EmptyState>
          ) : (
            <div className="card-body">
              <EngagementList groups={groups} phases={cycle.phases} engagements={engagements} canEdit={canEdit} onOpen={setTarget} surveysByEngagement={surveysByEngagement} organizationId={organizationId} />
              <PhaseSummaryList phases={cycle.phases} />
            </div>
          )}
        </section>
      )}

      <GroupDialog cycleId={cycleId} group={editingGroup} onClose={() => setEditingGroup(null)} onSaved={plan.reload} />
      <EngagementDialog cycleId={cycleId} target={target} groups={groups} phases={cycle.phases} members={members.data?.members ?? null} onClose={() => setTarget(null)} onSaved={plan.reload} />
      <ConfirmDialog
        isOpen={removingGroup !== null}
        title={removingGroup ? t('group.removeTitle', { name: removingGroup.name }) : ''}
        confirmLabel={t('group.remove')}
        isBusy={isRemoving}
        onConfirm={() => void removeGroup()}
        onCancel={() => setRemovingGroup(null)}
      >
        <WriteError error={removeError} title={t('stakeholders.saveFailed')} onDismiss={() => setRemoveError(null)} />
        <p>{t('group.removeText')}</p>
      </ConfirmDialog>
    </div>
  );
}
