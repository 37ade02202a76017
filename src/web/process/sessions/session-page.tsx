import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Member } from '../../platform/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission, useSignedIn } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { buttonClass } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { useCycle } from '../cycles/cycle-context';
import { cycleSectionPath } from '../cycles/cycle-sections';
import { formatDay, processApi } from '../cycles/process-api';
import { AgendaEditor } from './agenda-editor';
import { AttendanceSection } from './attendance-section';
import { MinutesSection } from './minutes-section';
import { SessionDetails } from './session-details';
import { formatKey, sessionsApi, sessionsPath } from './sessions-api';
import { TasksSection } from './tasks-section';
import { useSessionRecord } from './use-session-record';
import './sessions.css';

function Section({ id, title, actions, children }: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-header">
        <h3 id={id}>{title}</h3>
        {actions}
      </div>
      <div className="card-body">{children}</div>
    </section>
  );
}

/** One session: details, agenda, attendance, minutes and decisions, follow-up tasks, and the PDFs. */
export function SessionPage() {
  const { t, locale } = useI18n();
  const { sessionId = '' } = useParams();
  const { cycleId, organizationId, reload: reloadCycle } = useCycle();
  const { organization } = useOrganizationInUrl();
  const { user } = useSignedIn();
  const canEdit = hasPermission(organization, 'process.edit');
  const editor = useSessionRecord(cycleId, sessionId);
  const members = useResource<{ members: Member[] }>(canEdit && hasPermission(organization, 'members.read') ? processApi.members(organizationId) : null);
  const back = (
    <Link to={sessionsPath(organizationId, cycleId)} className="back-link">
      ← {t('sessions.backToList')}
    </Link>
  );

  const data = editor.record.data;
  if (!data) {
    return (
      <div className="stack">
        {back}
        {editor.record.error ? <ErrorAlert error={editor.record.error} title={t('sessions.loadOneFailed')} /> : <Loading />}
      </div>
    );
  }
  const s = data.session;
  const detailsKey = [s.date, s.lengthMinutes, data.place, data.meetingLink, data.startTime].join('|');
  const attendanceKey = data.attendance.map((row) => `${row.committeeMemberId}:${row.status}`).join(',');

  return (
    <div className="stack-lg session-page">
      {back}
      <div className="session-heading">
        <div>
          <p className="page-eyebrow">{s.phaseName}</p>
          <h2 className="session-title">{s.name}</h2>
          <p className="row muted">
            <Badge tone="brand" hasDot={false}>{t(formatKey(s.format))}</Badge>
            <span>{formatDay(locale, s.date)}{data.startTime ? ` · ${data.startTime}` : ''}</span>
          </p>
          {s.purpose && <p className="session-purpose">{s.purpose}</p>}
        </div>
        <div className="row session-downloads">
          <a className={buttonClass('secondary')} href={sessionsApi.agendaPdf(cycleId, s.id)} download>
            {t('sessions.agendaPdf')}
          </a>
          <a className={buttonClass('secondary')} href={sessionsApi.minutesPdf(cycleId, s.id)} download>
            {t('sessions.minutesPdf')}
          </a>
        </div>
      </div>
      {editor.hasConflict && <Alert tone="warning" title={t('sessions.conflict')} onDismiss={editor.dismissConflict} announce="alert" />}
      {editor.record.error && <ErrorAlert error={editor.record.error} title={t('sessions.loadOneFailed')} />}
      <Section id="session-details" title={t('sessions.section.details')}>
        <SessionDetails key={detailsKey} cycleId={cycleId} record={data} canEdit={canEdit} editor={editor} onSessionMoved={reloadCycle} />
      </Section>
      <Section id="session-agenda" title={t('sessions.section.agenda')}>
        <AgendaEditor key={JSON.stringify(data.agenda)} agenda={data.agenda} fromTemplate={data.agendaFromTemplate} canEdit={canEdit} editor={editor} />
      </Section>
      <Section id="session-attendance" title={t('sessions.section.attendance')}>
        <AttendanceSection key={attendanceKey} cycleId={cycleId} sessionId={s.id} attendance={data.attendance} committeePath={cycleSectionPath(organizationId, cycleId, 'committee')} canEdit={canEdit} editor={editor} />
      </Section>
      <Section id="session-minutes" title={t('sessions.section.minutes')}>
        <MinutesSection key={`${data.minutes}|${JSON.stringify(data.decisions)}`} minutes={data.minutes} decisions={data.decisions} canEdit={canEdit} editor={editor} />
      </Section>
      <Section id="session-tasks" title={t('sessions.section.tasks')}>
        <TasksSection cycleId={cycleId} sessionId={s.id} tasks={data.tasks} members={members.data?.members ?? null} userId={user.id} userName={user.name} canEdit={canEdit} editor={editor} />
      </Section>
      {s.outcomes.length > 0 && (
        <Section id="session-outcomes" title={t('sessions.section.outcomes')}>
          <ul className="plain-list">
            {s.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
