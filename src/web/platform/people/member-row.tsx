import type { Role, SessionOrganization } from '../../app/api-types';
import type { Member, NetworkDistrict } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { roleTone, useRoleLabel } from '../../app/role-labels';
import { RoleChooser } from './role-chooser';

interface MemberRowProps {
  member: Member;
  organization: SessionOrganization;
  canManage: boolean;
  districts: NetworkDistrict[];
  isBusy: boolean;
  onChangeRole: (role: Role) => Promise<boolean>;
  onToggleActive: () => void;
  onRemove: () => void;
  onAssignDistricts: () => void;
}

export function MemberRow({ member, organization, canManage, districts, isBusy, onChangeRole, onToggleActive, onRemove, onAssignDistricts }: MemberRowProps) {
  const { t, formatDate } = useI18n();
  const roleLabel = useRoleLabel();
  const { user } = useSignedIn();
  const isYou = member.userId === user.id;
  const isCoach = member.role === 'coach';
  const assignedNames = districts.filter((district) => member.districtIds?.includes(district.id)).map((district) => district.name);

  return (
    <tr className={member.isActive ? undefined : 'is-inactive'}>
      <th scope="row" className="cell-primary">
        {member.name}
        {isYou && (
          <>
            {' '}
            <Badge tone="info" hasDot={false}>
              {t('people.you')}
            </Badge>
          </>
        )}
        <span className="cell-sub">{member.email}</span>
      </th>
      <td data-label={t('people.column.role')}>
        {canManage ? (
          <RoleChooser member={member} organization={organization} isBusy={isBusy} onChangeRole={onChangeRole} />
        ) : (
          <Badge tone={roleTone[member.role]}>{roleLabel(member.role)}</Badge>
        )}
      </td>
      {organization.kind === 'network' && (
        <td data-label={t('people.column.districts')}>
          {isCoach ? (
            <span className="row" style={{ gap: 'var(--space-2)' }}>
              <span>
                {assignedNames.length > 0 ? assignedNames.join(', ') : <span className="muted">{t('people.noDistricts')}</span>}
                {member.responsibility && <span className="cell-sub">{member.responsibility}</span>}
              </span>
              {canManage && (
                <Button variant="quiet" size="small" onClick={onAssignDistricts} aria-label={t('people.assignDistrictsFor', { name: member.name })}>
                  {t('people.assignDistricts')}
                </Button>
              )}
            </span>
          ) : (
            <span className="muted">{t('people.allDistricts')}</span>
          )}
        </td>
      )}
      <td data-label={t('people.column.status')}>
        <Badge tone={member.isActive ? 'success' : 'neutral'}>{member.isActive ? t('people.active') : t('people.deactivatedStatus')}</Badge>
      </td>
      <td data-label={t('people.column.joined')} className="cell-date">{formatDate(member.joinedAt)}</td>
      {canManage && (
        <td className="cell-actions">
          <Button variant="quiet" size="small" isBusy={isBusy} onClick={onToggleActive} aria-label={t(member.isActive ? 'people.deactivateFor' : 'people.reactivateFor', { name: member.name })}>
            {member.isActive ? t('people.deactivate') : t('people.reactivate')}
          </Button>
          <Button variant="quiet-danger" size="small" disabled={isBusy} onClick={onRemove} aria-label={t('people.removeFor', { name: member.name })}>
            {t('people.remove')}
          </Button>
        </td>
      )}
    </tr>
  );
}
