import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { Role } from '../../app/api-types';
import type { Member } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { useErrorMessage } from '../../app/ui/error-message';
import type { Resource } from '../../app/use-resource';
import { useRoleLabel } from '../../app/role-labels';

export interface Feedback {
  tone: 'success' | 'danger' | 'warning';
  text: string;
}

type MemberChange = { kind: 'role'; role: Role } | { kind: 'active'; isActive: boolean } | { kind: 'remove' } | { kind: 'districts'; districtIds: string[]; responsibility: string | null };

/**
 * Every change to a member goes through here, with the version the screen last saw. When someone
 * else changed the member in between (409 conflict) the list is reloaded and the user is told,
 * rather than silently overwriting their colleague's change.
 */
export function useMemberUpdates(organizationId: string, members: Resource<{ members: Member[] }>) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const describe = useErrorMessage();
  const { user, refreshSession } = useSignedIn();
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const replace = (updated: Member) =>
    members.setData((current) => current && { members: current.members.map((member) => (member.userId === updated.userId ? updated : member)) });

  const apply = async (member: Member, change: MemberChange): Promise<boolean> => {
    const path = `/api/organizations/${organizationId}/members/${member.userId}`;
    setBusyUserId(member.userId);
    setFeedback(null);
    try {
      if (change.kind === 'remove') {
        await api.delete(path);
        members.setData((current) => current && { members: current.members.filter((m) => m.userId !== member.userId) });
        setFeedback({ tone: 'success', text: t('people.removed', { name: member.name }) });
      } else if (change.kind === 'districts') {
        replace(await api.put<Member>(`${path}/districts`, { districtIds: change.districtIds, responsibility: change.responsibility }));
        setFeedback({ tone: 'success', text: t('people.districtsSaved', { name: member.name }) });
      } else {
        const body = change.kind === 'role' ? { role: change.role, version: member.version } : { isActive: change.isActive, version: member.version };
        replace(await api.patch<Member>(path, body));
        const text =
          change.kind === 'role'
            ? t('people.roleChanged', { name: member.name, role: roleLabel(change.role) })
            : t(change.isActive ? 'people.reactivated' : 'people.deactivated', { name: member.name });
        setFeedback({ tone: 'success', text });
      }
      // Changing one's own membership changes what this session may do.
      if (member.userId === user.id) await refreshSession();
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'conflict') {
        await members.reload();
        setFeedback({ tone: 'warning', text: t('people.conflict', { name: member.name }) });
      } else if (error.code === 'last_administrator') {
        setFeedback({ tone: 'danger', text: t('error.lastAdministrator') });
      } else {
        setFeedback({ tone: 'danger', text: describe(error) });
      }
      return false;
    } finally {
      setBusyUserId(null);
    }
  };

  return { apply, busyUserId, feedback, clearFeedback: () => setFeedback(null) };
}
