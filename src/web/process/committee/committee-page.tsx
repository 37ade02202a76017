import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { Member } from '../../platform/api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { useCycle } from '../cycles/cycle-context';
import { processApi } from '../cycles/process-api';
import { AttendanceDialog } from './attendance-dialog';
import { committeeApi, type Attendance, type Committee, type CommitteeMember } from './committee-api';
import { MemberDialog } from './member-dialog';
import { RepresentationPanel } from './representation-panel';
import { RosterTable } from './roster-table';
import { TargetsDialog } from './targets-dialog';
import './committee.css';

/** The cycle's steering committee: who is on it, what the roster is missing, and who came. */
export function CommitteePage() {
  const t = useT();
  const say = useAnnounce();
  const { cycleId, organizationId } = useCycle();
  const { organization } = useOrganizationInUrl();
  const canEdit = hasPermission(organization, 'process.edit');
  const committee = useResource<Committee>(committeeApi.committee(cycleId));
  // Attendance is kept by the sessions area; until it answers, the roster shows no history.
  const attendance = useResource<Attendance>(committeeApi.attendance(cycleId));
  const accounts = useResource<{ members: Member[] }>(canEdit && hasPermission(organization, 'members.read') ? processApi.members(organizationId) : null);
  const [editing, setEditing] = useState<CommitteeMember | 'new' | null>(null);
  const [removing, setRemoving] = useState<CommitteeMember | null>(null);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const [historyOf, setHistoryOf] = useState<CommitteeMember | null>(null);
  const [isEditingTargets, setIsEditingTargets] = useState(false);

  const remove = async (member: CommitteeMember) => {
    setIsRemoving(true);
    setRemoveError(null);
    try {
      await api.delete(committeeApi.member(cycleId, member.id));
      say(t('committee.removed', { name: member.name }));
      setRemoving(null);
      await committee.reload();
    } catch (cause) {
      setRemoveError(ApiError.from(cause));
    } finally {
      setIsRemoving(false);
    }
  };

  const members = committee.data?.members ?? [];
  return (
    <div className="stack-lg committee-page">
      {committee.data && <RepresentationPanel representation={committee.data.representation} canEdit={canEdit} onEditTargets={() => setIsEditingTargets(true)} />}
      <section className="card" aria-labelledby="roster-heading">
        <div className="card-header">
          <div>
            <h2 id="roster-heading">{t('committee.rosterTitle')}</h2>
            {committee.data && <p>{t('committee.rosterCount', { count: members.length })}</p>}
          </div>
          {canEdit && (
            <Button variant="primary" size="small" onClick={() => setEditing('new')}>
              {t('committee.add')}
            </Button>
          )}
        </div>
        <div className="card-body is-flush">
          <ResourceStates resource={committee} isEmpty={members.length === 0} errorTitle={t('committee.loadFailed')} emptyIcon="people" emptyTitle={t('committee.empty')} emptyText={canEdit ? t('committee.emptyHint') : t('committee.emptyViewer')}>
            <RosterTable
              members={members}
              attendance={attendance.data}
              canEdit={canEdit}
              onEdit={setEditing}
              onRemove={(member) => {
                setRemoveError(null);
                setRemoving(member);
              }}
              onShowAttendance={setHistoryOf}
            />
          </ResourceStates>
        </div>
      </section>
      <MemberDialog cycleId={cycleId} member={editing} accounts={accounts.data?.members ?? null} onClose={() => setEditing(null)} onSaved={committee.reload} />
      <ConfirmDialog
        isOpen={removing !== null}
        title={removing ? t('committee.removeTitle', { name: removing.name }) : ''}
        confirmLabel={t('committee.removeConfirm')}
        isBusy={isRemoving}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        <div className="stack">
          <p>{t('committee.removeBody')}</p>
          {removeError && <ErrorAlert error={removeError} title={t('committee.removeFailed')} />}
        </div>
      </ConfirmDialog>
      <AttendanceDialog member={historyOf} attendance={attendance.data} onClose={() => setHistoryOf(null)} />
      {committee.data && <TargetsDialog cycleId={cycleId} isOpen={isEditingTargets} representation={committee.data.representation} onClose={() => setIsEditingTargets(false)} onSaved={committee.reload} />}
    </div>
  );
}
