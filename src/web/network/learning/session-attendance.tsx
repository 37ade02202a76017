import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { cohortsApi, type CohortDistrict } from '../cohorts/cohorts-api';
import { attendanceRoles, learningApi, roleLabel, type AttendanceRole, type SessionAttendance } from './learning-api';

interface Row {
  key: string;
  districtId: string;
  personName: string;
  role: AttendanceRole;
  attended: boolean;
}

let nextKey = 0;
const keyed = (row: Omit<Row, 'key'>): Row => ({ ...row, key: `row-${nextKey++}` });

/**
 * A session's attendance sheet: for each district of the cohort, its people with their role and
 * whether they came, and the totals. The network's administrators edit and save it as one list;
 * coaches read it.
 */
export function SessionAttendanceSheet({ cohortId, session, canManage }: { cohortId: string; session: { id: string; title: string }; canManage: boolean }) {
  const { t } = useI18n();
  const sheet = useResource<SessionAttendance>(learningApi.attendance(cohortId, session.id));
  const members = useResource<{ districts: CohortDistrict[] }>(cohortsApi.districts(cohortId));
  const [rows, setRows] = useState<Row[] | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (sheet.data && rows === null) setRows(sheet.data.people.map((person) => keyed(person)));
  }, [sheet.data, rows]);

  if (sheet.error || members.error) return <ErrorAlert error={(sheet.error ?? members.error)!} title={t('learning.attendanceFailed')} />;
  if (!sheet.data || !members.data || rows === null) return <Loading />;

  const totals = sheet.data.totals;
  const districts = [
    ...members.data.districts.filter((district) => district.status !== 'withdrawn').map((district) => ({ id: district.districtId, name: district.districtName })),
    ...totals.byDistrict.filter((each) => !members.data!.districts.some((district) => district.districtId === each.districtId && district.status !== 'withdrawn')).map((each) => ({ id: each.districtId, name: each.districtName })),
  ];
  const change = (key: string, patch: Partial<Row>) => setRows((current) => current && current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const save = async () => {
    setIsSaving(true);
    setError(null);
    setSaved(null);
    try {
      const people = rows.filter((row) => row.personName.trim()).map(({ districtId, personName, role, attended }) => ({ districtId, personName: personName.trim(), role, attended }));
      const result = await api.put<SessionAttendance>(learningApi.attendance(cohortId, session.id), { people });
      sheet.setData(result);
      setRows(result.people.map((person) => keyed(person)));
      setSaved(t('learning.attendanceSaved', { attended: result.totals.attended, recorded: result.totals.recorded }));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <div className="stack">
      <p>{totals.recorded === 0 ? t('learning.attendanceNone') : t('learning.attendanceSummary', { attended: totals.attended, recorded: totals.recorded, count: totals.districtsPresent })}</p>
      {districts.length === 0 && <p className="muted">{t('learning.attendanceNoDistricts')}</p>}
      {districts.map((district) => {
        const people = rows.filter((row) => row.districtId === district.id);
        const count = totals.byDistrict.find((each) => each.districtId === district.id);
        return (
          <div key={district.id} className="stack learning-attendance">
            <h5 className="learning-subheading">
              {district.name}
              {count && count.recorded > 0 && <span className="muted"> · {t('learning.districtCount', { attended: count.attended, recorded: count.recorded })}</span>}
            </h5>
            <div className="table-wrap">
              <table className="table table-stack">
                <caption className="visually-hidden">{t('learning.attendanceOf', { district: district.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('learning.person')}</th>
                    <th scope="col">{t('learning.role')}</th>
                    <th scope="col">{t('learning.attended')}</th>
                    {canManage && (
                      <th scope="col">
                        <span className="visually-hidden">{t('cohortCalendar.column.actions')}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {people.map((row, index) => {
                    const name = row.personName.trim() || t('learning.unnamed');
                    return canManage ? (
                      <tr key={row.key}>
                        <td data-label={t('learning.person')}>
                          <input className="input" value={row.personName} maxLength={200} aria-label={t('learning.personOf', { n: index + 1, district: district.name })} onChange={(event) => change(row.key, { personName: event.target.value })} />
                        </td>
                        <td data-label={t('learning.role')}>
                          <select className="select" value={row.role} aria-label={t('learning.roleOf', { name })} onChange={(event) => change(row.key, { role: event.target.value as AttendanceRole })}>
                            {attendanceRoles.map((role) => (
                              <option key={role} value={role}>
                                {t(roleLabel[role])}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td data-label={t('learning.attended')}>
                          <input type="checkbox" checked={row.attended} aria-label={t('learning.attendedOf', { name })} onChange={(event) => change(row.key, { attended: event.target.checked })} />
                        </td>
                        <td className="cell-actions">
                          <Button variant="quiet-danger" size="small" aria-label={t('learning.removePerson', { name })} onClick={() => setRows((current) => current && current.filter((each) => each.key !== row.key))}>
                            {t('action.remove')}
                          </Button>
                        </td>
                      </tr>
                    ) : (
                      <tr key={row.key}>
                        <th scope="row" data-label={t('learning.person')}>
                          {row.personName}
                        </th>
                        <td data-label={t('learning.role')}>{t(roleLabel[row.role])}</td>
                        <td data-label={t('learning.attended')}>{row.attended ? t('learning.attended') : '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {canManage && (
              <p className="learning-add-person">
                <Button size="small" aria-label={t('learning.addPersonTo', { district: district.name })} onClick={() => setRows((current) => [...(current ?? []), keyed({ districtId: district.id, personName: '', role: 'steering_committee', attended: true })])}>
                  <Icon name="plus" size={14} />
                  {t('learning.addPerson')}
                </Button>
              </p>
            )}
          </div>
        );
      })}
      {totals.recorded > 0 && (
        <p className="muted">
          {t('learning.byRole')}:{' '}
          {totals.byRole
            .filter((each) => each.recorded > 0)
            .map((each) => `${t(roleLabel[each.role])} ${each.attended}/${each.recorded}`)
            .join(' · ')}
        </p>
      )}
      {error && <ErrorAlert error={error} title={t('learning.attendanceSaveFailed')} onDismiss={() => setError(null)} />}
      {saved && (
        <Alert tone="success" onDismiss={() => setSaved(null)}>
          {saved}
        </Alert>
      )}
      {canManage && districts.length > 0 && (
        <p>
          <Button variant="primary" isBusy={isSaving} onClick={() => void save()}>
            {t('learning.attendanceSave')}
          </Button>
        </p>
      )}
    </div>
  );
}
