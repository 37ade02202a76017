import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge, type BadgeTone } from '../../app/ui/badge';
import { Dialog } from '../../app/ui/dialog';
import { formatDay } from '../cycles/process-api';
import { attendanceStatusLabel, type Attendance, type AttendanceStatus, type CommitteeMember } from './committee-api';

const statusTone: Record<AttendanceStatus, BadgeTone> = { present: 'success', absent: 'danger', excused: 'warning' };

/** One member's attendance, session by session: present, absent, excused or not recorded. */
export function AttendanceDialog({ member, attendance, onClose }: { member: CommitteeMember | null; attendance: Attendance | null; onClose: () => void }) {
  const { t, locale } = useI18n();
  const records = new Map((attendance?.members.find((m) => m.committeeMemberId === member?.id)?.records ?? []).map((r) => [r.sessionId, r.status]));
  const sessions = [...(attendance?.sessions ?? [])].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate));

  return (
    <Dialog isOpen={member !== null} title={member ? t('committee.attendance.title', { name: member.name }) : ''} onClose={onClose}>
      {sessions.length === 0 ? (
        <p>{t('committee.attendance.noSessions')}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t('committee.attendance.session')}</th>
              <th scope="col">{t('committee.attendance.date')}</th>
              <th scope="col">{t('committee.attendance.status')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => {
              const status = records.get(session.id);
              return (
                <tr key={session.id}>
                  <th scope="row" className="cell-primary">{session.name}</th>
                  <td className="cell-date" data-label={t('committee.attendance.date')}>{formatDay(locale, session.sessionDate)}</td>
                  <td data-label={t('committee.attendance.status')}>
                    {status ? <Badge tone={statusTone[status]}>{t(attendanceStatusLabel[status])}</Badge> : <span className="muted">{t('committee.attendance.notRecorded')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
