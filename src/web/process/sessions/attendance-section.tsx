import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { attendanceLabel, attendanceStatuses, sessionsApi, type AttendanceRow, type AttendanceStatus, type SessionRecord } from './sessions-api';
import { SectionError } from './section-error';
import type { SaveOutcome, useSessionRecord } from './use-session-record';

interface Props {
  cycleId: string;
  sessionId: string;
  attendance: AttendanceRow[];
  committeePath: string;
  canEdit: boolean;
  editor: ReturnType<typeof useSessionRecord>;
}

const tone = { present: 'success', absent: 'danger', excused: 'warning' } as const;

/** Attendance from the steering committee's roster: one row per member, present, absent or excused. */
export function AttendanceSection({ cycleId, sessionId, attendance, committeePath, canEdit, editor }: Props) {
  const { t } = useI18n();
  const [marks, setMarks] = useState<Record<string, AttendanceStatus | null>>(() => Object.fromEntries(attendance.map((row) => [row.committeeMemberId, row.status])));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SaveOutcome>(null);

  if (attendance.length === 0) {
    return (
      <p className="muted">
        {t('sessions.attendance.noRoster')} {canEdit && <Link to={committeePath}>{t('sessions.attendance.toCommittee')}</Link>}
      </p>
    );
  }
  const counts = attendanceStatuses.map((status) => t('sessions.attendance.count', { label: t(attendanceLabel[status]), count: attendance.filter((row) => row.status === status).length }));

  if (!canEdit) {
    return (
      <div className="stack">
        <p className="muted">{counts.join(' · ')}</p>
        <ul className="attendance-list">
          {attendance.map((row) => (
            <li key={row.committeeMemberId}>
              <span>{row.name}</span> {row.status ? <Badge tone={tone[row.status]}>{t(attendanceLabel[row.status])}</Badge> : <span className="muted">{t('sessions.attendance.notTaken')}</span>}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const submit = async () => {
    setBusy(true);
    const records = attendance.flatMap((row) => (marks[row.committeeMemberId] ? [{ committeeMemberId: row.committeeMemberId, status: marks[row.committeeMemberId]! }] : []));
    const outcome = await editor.run(() => api.put<SessionRecord>(sessionsApi.attendance(cycleId, sessionId), { records }), t('sessions.attendance.saved'));
    setError(outcome);
    setBusy(false);
  };
  const markAll = () => setMarks(Object.fromEntries(attendance.map((row) => [row.committeeMemberId, marks[row.committeeMemberId] ?? 'present'])));

  return (
    <form className="stack" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <p className="muted">{counts.join(' · ')}</p>
      <SectionError error={error} title={t('sessions.attendance.saveFailed')} onDismiss={() => setError(null)} />
      <ul className="attendance-editor">
        {attendance.map((row) => (
          <li key={row.committeeMemberId}>
            <fieldset className="attendance-row">
              <legend className="attendance-name">{row.name}</legend>
              <div className="attendance-choices">
                {attendanceStatuses.map((status) => (
                  <label key={status} className="attendance-choice">
                    <input type="radio" name={`attendance-${row.committeeMemberId}`} value={status} checked={marks[row.committeeMemberId] === status} onChange={() => setMarks((current) => ({ ...current, [row.committeeMemberId]: status }))} />
                    <span>{t(attendanceLabel[status])}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <div className="row">
        <Button onClick={markAll}>{t('sessions.attendance.markRestPresent')}</Button>
        <Button type="submit" variant="primary" isBusy={busy}>{t('sessions.attendance.save')}</Button>
      </div>
    </form>
  );
}
