import { useState } from 'react';
import type { SessionOrganization } from '../../app/api-types';
import type { Member, NetworkDistrict } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { ConfirmDialog } from '../../app/ui/dialog';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { CoachDistrictsDialog } from './coach-districts-dialog';
import { MemberRow } from './member-row';
import { useMemberUpdates } from './use-member-updates';

interface MembersSectionProps {
  organization: SessionOrganization;
  canManage: boolean;
  districts: NetworkDistrict[];
}

export function MembersSection({ organization, canManage, districts }: MembersSectionProps) {
  const { t } = useI18n();
  const members = useResource<{ members: Member[] }>(`/api/organizations/${organization.id}/members`);
  const updates = useMemberUpdates(organization.id, members);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [assigning, setAssigning] = useState<Member | null>(null);
  const list = members.data?.members ?? [];
  const activeCount = list.filter((member) => member.isActive).length;

  return (
    <section className="card" aria-labelledby="members-heading">
      <div className="card-header">
        <div>
          <h2 id="members-heading">{t('people.membersTitle')}</h2>
          {members.data && <p>{t('people.membersCount', { count: activeCount, total: list.length })}</p>}
        </div>
      </div>
      {updates.feedback && (
        <div className="card-body" style={{ paddingBottom: 0 }}>
          <Alert tone={updates.feedback.tone} onDismiss={updates.clearFeedback}>
            {updates.feedback.text}
          </Alert>
        </div>
      )}
      <div className="card-body is-flush">
        {members.isLoading && !members.data && <Loading />}
        {members.error && (
          <div className="card-body">
            <ErrorAlert error={members.error} title={t('people.loadFailed')} />
          </div>
        )}
        {members.data && list.length === 0 && <EmptyState icon="people" title={t('people.noMembers')} />}
        {list.length > 0 && (
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('people.membersTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.column.person')}</th>
                  <th scope="col">{t('people.column.role')}</th>
                  {organization.kind === 'network' && <th scope="col">{t('people.column.districts')}</th>}
                  <th scope="col">{t('people.column.status')}</th>
                  <th scope="col">{t('people.column.joined')}</th>
                  {canManage && (
                    <th scope="col">
                      <span className="visually-hidden">{t('people.column.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {list.map((member) => (
                  <MemberRow
                    key={member.userId}
                    member={member}
                    organization={organization}
                    canManage={canManage}
                    districts={districts}
                    isBusy={updates.busyUserId === member.userId}
                    onChangeRole={(role) => updates.apply(member, { kind: 'role', role })}
                    onToggleActive={() => void updates.apply(member, { kind: 'active', isActive: !member.isActive })}
                    onRemove={() => setRemoving(member)}
                    onAssignDistricts={() => setAssigning(member)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('people.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('people.remove')}
        isBusy={removing !== null && updates.busyUserId === removing.userId}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) void updates.apply(removing, { kind: 'remove' }).finally(() => setRemoving(null));
        }}
      >
        <p>{t('people.removeText', { name: removing?.name ?? '', organization: organization.name })}</p>
      </ConfirmDialog>
      <CoachDistrictsDialog
        member={assigning}
        districts={districts}
        isBusy={assigning !== null && updates.busyUserId === assigning.userId}
        onCancel={() => setAssigning(null)}
        onSave={(districtIds, responsibility) => {
          if (assigning) void updates.apply(assigning, { kind: 'districts', districtIds, responsibility }).then((ok) => ok && setAssigning(null));
        }}
      />
    </section>
  );
}
