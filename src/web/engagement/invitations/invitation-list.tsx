import { useI18n } from '../../app/i18n/i18n-provider';
import type { SurveyInvitations } from './invitations-api';

/**
 * The people invited, folded away by default: for an anonymous survey only those who have not
 * answered (and those who opted out), which is what reminders need; otherwise everyone with their status.
 */
export function InvitationList({ invitations }: { invitations: SurveyInvitations }) {
  const { t, formatDateTime } = useI18n();
  const isAnonymous = invitations.mode === 'anonymous';
  const rows = invitations.invitations;
  return (
    <details className="invitation-people">
      <summary>{isAnonymous ? t('surveyInvitations.notAnsweredPeople', { count: invitations.counts.not_answered }) : t('surveyInvitations.people', { count: rows.length })}</summary>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('surveyInvitations.name')}</th>
              <th scope="col">{t('surveyInvitations.email')}</th>
              <th scope="col">{t('surveyInvitations.group')}</th>
              <th scope="col">{t('surveyInvitations.status')}</th>
              <th scope="col">{t('surveyInvitations.reminders')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                <td className="mono">{row.email}</td>
                <td>{row.stakeholder_group_name ?? <span className="muted">{t('surveyInvitations.pasted')}</span>}</td>
                <td>{t(`surveyInvitations.status.${row.status}`)}</td>
                <td>{row.reminded_at ? `${row.reminder_count} · ${formatDateTime(row.reminded_at)}` : '0'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
