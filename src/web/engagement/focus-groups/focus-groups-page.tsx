import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { SelectField } from '../../app/ui/field';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { focusGroupPaths, focusGroupsApi, type FocusGroupSummary } from './focus-groups-api';
import { EngagementTabs, formatDay, useProtocolText, useWhoWords } from './focus-group-words';
import { NewFocusGroupDialog } from './new-focus-group-dialog';
import './focus-groups.css';

interface CycleSummary {
  id: string;
  name: string;
  startDate: string;
}

/** The focus groups of one planning cycle: when, who was in the room, how far the notes are; planners set up new ones. */
export function FocusGroupsPage() {
  const { t, locale } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'engagement.edit');
  const [search, setSearch] = useSearchParams();
  const cycles = useResource<{ cycles: CycleSummary[] }>(focusGroupsApi.cycles(organizationId));
  const cycleList = cycles.data?.cycles ?? [];
  const cycleId = search.get('cycle') ?? cycleList[0]?.id ?? null;
  const groups = useResource<{ focus_groups: FocusGroupSummary[] }>(cycleId ? focusGroupsApi.groups(cycleId) : null);
  const [isCreating, setIsCreating] = useState(false);
  const who = useWhoWords();
  const text = useProtocolText();
  const list = groups.data?.focus_groups ?? [];

  return (
    <div className="stack-lg">
      <EngagementTabs organizationId={organizationId} />
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('focusGroups.title')}
        description={t('focusGroups.description')}
        actions={
          <>
            <Link className="button button-secondary" to={focusGroupPaths.protocols(organizationId)}>
              <Icon name="book" size={16} />
              {t('focusGroups.protocolsLink')}
            </Link>
            {cycleId && (
              <Link className="button button-secondary" to={focusGroupPaths.synthesis(organizationId, cycleId)}>
                {t('focusGroups.synthesisLink')}
              </Link>
            )}
            {canEdit && cycleId && (
              <Button variant="primary" onClick={() => setIsCreating(true)}>
                <Icon name="plus" size={16} />
                {t('focusGroups.new')}
              </Button>
            )}
          </>
        }
      />
      {cycles.data && cycleList.length === 0 && <p className="muted">{t('focusGroups.noCycles')}</p>}
      {cycleList.length > 1 && (
        <div className="fg-cycle-picker">
          <SelectField
            label={t('focusGroups.cycle')}
            name="cycle"
            value={cycleId ?? ''}
            onChange={(event) => setSearch({ cycle: event.target.value })}
            options={cycleList.map((cycle) => ({ value: cycle.id, label: cycle.name }))}
          />
        </div>
      )}
      {cycleId && (
        <section className="card" aria-labelledby="focus-groups-heading">
          <div className="card-header">
            <h2 id="focus-groups-heading">{t('focusGroups.listTitle')}</h2>
          </div>
          <ResourceStates resource={groups} isEmpty={list.length === 0} errorTitle={t('focusGroups.loadFailed')} emptyIcon="people" emptyTitle={t('focusGroups.empty')} emptyText={canEdit ? t('focusGroups.emptyEdit') : undefined}>
            <div className="table-wrap">
              <table className="table table-stack">
                <thead>
                  <tr>
                    <th scope="col">{t('focusGroups.column.session')}</th>
                    <th scope="col">{t('focusGroups.column.date')}</th>
                    <th scope="col">{t('focusGroups.column.who')}</th>
                    <th scope="col">{t('focusGroups.column.protocol')}</th>
                    <th scope="col">{t('focusGroups.column.notes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((group) => (
                    <tr key={group.id}>
                      <td className="cell-primary">
                        <Link to={focusGroupPaths.notes(organizationId, group.cycle_id, group.id)}>{group.session.name}</Link>
                        <span className="cell-sub"> · {group.session.phase_name}</span>
                      </td>
                      <td data-label={t('focusGroups.column.date')} className="cell-date">
                        {formatDay(locale, group.session.date)}
                      </td>
                      <td data-label={t('focusGroups.column.who')}>
                        {who(group)}
                        {group.participant_count !== null && <span className="cell-sub"> · {t('focusGroups.participants', { count: group.participant_count })}</span>}
                      </td>
                      <td data-label={t('focusGroups.column.protocol')}>{text(group.title)}</td>
                      <td data-label={t('focusGroups.column.notes')}>
                        {t('focusGroups.notesProgress', { written: group.notes_written, total: group.questions })}
                        {group.codes > 0 && <span className="cell-sub"> · {t('focusGroups.passagesCoded', { count: group.codes })}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </ResourceStates>
        </section>
      )}
      {canEdit && cycleId && <NewFocusGroupDialog isOpen={isCreating} organizationId={organizationId} cycleId={cycleId} onClose={() => setIsCreating(false)} />}
    </div>
  );
}
