import { useT } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { committeeRoleLabel, constituencyLabel, type Attendance, type CommitteeMember } from './committee-api';

interface RosterTableProps {
  members: CommitteeMember[];
  attendance: Attendance | null;
  canEdit: boolean;
  onEdit: (member: CommitteeMember) => void;
  onRemove: (member: CommitteeMember) => void;
  onShowAttendance: (member: CommitteeMember) => void;
}

/** The roster; below 40rem each member becomes a card (table-stack). */
export function RosterTable({ members, attendance, canEdit, onEdit, onRemove, onShowAttendance }: RosterTableProps) {
  const t = useT();
  const attendanceOf = new Map((attendance?.members ?? []).map((m) => [m.committeeMemberId, m]));
  const summary = (member: CommitteeMember) => {
    const record = attendanceOf.get(member.id);
    return record && record.recorded > 0 ? t('committee.attendance.summary', { present: record.present, count: record.recorded }) : null;
  };

  return (
    <table className="table table-stack roster-table">
      <thead>
        <tr>
          <th scope="col">{t('committee.column.name')}</th>
          <th scope="col">{t('committee.column.constituency')}</th>
          <th scope="col">{t('committee.column.role')}</th>
          <th scope="col">{t('committee.column.contact')}</th>
          <th scope="col">{t('committee.column.attendance')}</th>
          {canEdit && <th scope="col"><span className="visually-hidden">{t('committee.column.actions')}</span></th>}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => {
          const attended = summary(member);
          return (
            <tr key={member.id} className={member.isActive ? undefined : 'is-inactive'}>
              <th scope="row" className="cell-primary">
                {member.name} {!member.isActive && <Badge tone="neutral" hasDot={false}>{t('committee.inactive')}</Badge>}
                {member.title && <span className="cell-sub">{member.title}</span>}
              </th>
              <td data-label={t('committee.column.constituency')}>{t(constituencyLabel(member.constituency))}</td>
              <td data-label={t('committee.column.role')}>{t(committeeRoleLabel(member.committeeRole))}</td>
              <td className="cell-wrap" data-label={t('committee.column.contact')}>
                {member.email || member.phone ? (
                  <span className="roster-contact">
                    {member.email && <a href={`mailto:${member.email}`}>{member.email}</a>}
                    {member.phone && <a href={`tel:${member.phone.replace(/[^\d+]/g, '')}`}>{member.phone}</a>}
                  </span>
                ) : (
                  <span className="muted">{t('committee.noContact')}</span>
                )}
              </td>
              <td data-label={t('committee.column.attendance')}>
                {attended ? (
                  <button type="button" className="link-button" aria-label={t('committee.attendance.showNamed', { name: member.name, summary: attended })} onClick={() => onShowAttendance(member)}>
                    {attended}
                  </button>
                ) : (
                  <span className="muted">{t('committee.attendance.none')}</span>
                )}
              </td>
              {canEdit && (
                <td className="cell-actions">
                  <Button size="small" variant="quiet" aria-label={t('committee.editNamed', { name: member.name })} onClick={() => onEdit(member)}>
                    {t('committee.edit')}
                  </Button>
                  <Button size="small" variant="quiet-danger" aria-label={t('committee.removeNamed', { name: member.name })} onClick={() => onRemove(member)}>
                    {t('committee.remove')}
                  </Button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
