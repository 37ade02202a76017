import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { useResource } from '../../app/use-resource';
import { useSurvey } from '../surveys/survey-context';
import { InvitationList } from './invitation-list';
import { invitationsApi, type SurveyInvitations } from './invitations-api';
import { InviteForm } from './invite-form';
import './invitations.css';

/**
 * "Invite by email" on a survey's "Open and share" tab: how many were invited, answered, opted out
 * and reminded; the form that mails personal links to stakeholder groups and pasted contacts; the
 * reminder to those who have not answered; and who they are (for an anonymous survey, only who has
 * not answered, never who has).
 */
export function InviteByEmail() {
  const { t, formatDateTime } = useI18n();
  const { survey, canEdit } = useSurvey();
  const invitations = useResource<SurveyInvitations>(invitationsApi.list(survey.id));
  const [remindError, setRemindError] = useState<ApiError | null>(null);
  const [reminded, setReminded] = useState<number | null>(null);
  const [isReminding, setIsReminding] = useState(false);
  const data = invitations.data;
  const isOpen = survey.status === 'open';

  const remind = async () => {
    setRemindError(null);
    setReminded(null);
    setIsReminding(true);
    try {
      const answer = await api.post<{ reminded: number }>(invitationsApi.reminders(survey.id));
      setReminded(answer.reminded);
      await invitations.reload();
    } catch (cause) {
      setRemindError(ApiError.from(cause));
    } finally {
      setIsReminding(false);
    }
  };

  const counts = data?.counts;
  return (
    <section className="card" aria-labelledby="invite-title">
      <div className="card-header">
        <div>
          <h2 id="invite-title">{t('surveyInvitations.title')}</h2>
          <p>{t('surveyInvitations.description')}</p>
          {survey.document.mode === 'anonymous' && <p className="muted">{t('surveyInvitations.anonymousNote')}</p>}
        </div>
      </div>
      <div className="card-body stack">
        {invitations.error && <ErrorAlert error={invitations.error} title={t('surveyInvitations.loadFailed')} />}
        {counts && counts.invited > 0 && (
          <dl className="invitation-counts" aria-label={t('surveyInvitations.counts')}>
            {(
              [
                ['surveyInvitations.count.invited', counts.invited],
                ['surveyInvitations.count.answered', counts.answered],
                ['surveyInvitations.count.notAnswered', counts.not_answered],
                ['surveyInvitations.count.optedOut', counts.opted_out],
                ['surveyInvitations.count.reminded', counts.reminded],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {!isOpen && <p className="muted">{t('surveyInvitations.notOpen')}</p>}
        {isOpen && canEdit && data && <InviteForm survey={survey} groups={data.stakeholder_groups} onSent={() => invitations.reload()} />}
        {isOpen && canEdit && counts && counts.not_answered > 0 && (
          <div className="stack invitation-remind">
            {remindError && <ErrorAlert error={remindError} title={t('surveyInvitations.remindFailed')} onDismiss={() => setRemindError(null)} />}
            {reminded !== null && (
              <Alert tone="success" onDismiss={() => setReminded(null)}>
                {t('surveyInvitations.reminded', { count: reminded })}
              </Alert>
            )}
            <div>
              <Button isBusy={isReminding} disabled={counts.due_for_reminder === 0} onClick={() => void remind()}>
                {t('surveyInvitations.remind', { count: counts.due_for_reminder })}
              </Button>
            </div>
            {counts.due_for_reminder === 0 && (
              <p className="muted">{data?.next_reminder_at ? t('surveyInvitations.remindNext', { date: formatDateTime(data.next_reminder_at) }) : t('surveyInvitations.remindNone')}</p>
            )}
          </div>
        )}
        {data && data.invitations.length > 0 && <InvitationList invitations={data} />}
      </div>
    </section>
  );
}
