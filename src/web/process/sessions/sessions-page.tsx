import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { useResource } from '../../app/use-resource';
import { useCycle } from '../cycles/cycle-context';
import { formatDay } from '../cycles/process-api';
import { formatKey, sessionPath, sessionsApi, type SessionSummary } from './sessions-api';
import './sessions.css';

/** The cycle's sessions, phase by phase: when, what kind, how long, where, and a way into each. */
export function SessionsPage() {
  const { t, locale } = useI18n();
  const { cycleId, organizationId, cycle } = useCycle();
  const summaries = useResource<{ sessions: SessionSummary[] }>(sessionsApi.summaries(cycleId));
  const summaryOf = (id: string) => summaries.data?.sessions.find((s) => s.sessionId === id);

  return (
    <section className="stack-lg" aria-labelledby="sessions-heading">
      <div>
        <h2 id="sessions-heading" className="section-title">{t('sessions.title')}</h2>
        <p className="muted">{t('sessions.intro')}</p>
      </div>
      {summaries.error && <ErrorAlert error={summaries.error} title={t('sessions.loadFailed')} />}
      {cycle.sessions.length === 0 && <EmptyState icon="inbox" title={t('sessions.empty')} />}
      {cycle.phases.map((phase) => {
        const sessions = cycle.sessions.filter((s) => s.phaseId === phase.id).sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);
        if (sessions.length === 0) return null;
        return (
          <section key={phase.id} className="card" aria-labelledby={`phase-${phase.id}`}>
            <div className="card-header">
              <h3 id={`phase-${phase.id}`}>{phase.name}</h3>
            </div>
            <div className="table-wrap">
              <table className="table table-stack sessions-table">
                <thead>
                  <tr>
                    <th scope="col" className="col-date">{t('sessions.column.date')}</th>
                    <th scope="col">{t('sessions.column.session')}</th>
                    <th scope="col" className="col-format">{t('sessions.column.format')}</th>
                    <th scope="col" className="col-length">{t('sessions.column.length')}</th>
                    <th scope="col" className="col-place">{t('sessions.column.place')}</th>
                    <th scope="col" className="col-record">{t('sessions.column.record')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.map((session) => {
                    const summary = summaryOf(session.id);
                    return (
                      <tr key={session.id}>
                        <td data-label={t('sessions.column.date')} className="cell-date">
                          {formatDay(locale, session.date)}
                          {summary?.startTime && <span className="cell-sub"> · {summary.startTime}</span>}
                        </td>
                        <td data-label={t('sessions.column.session')} className="cell-primary">
                          <Link to={sessionPath(organizationId, cycleId, session.id)}>{session.name}</Link>
                        </td>
                        <td data-label={t('sessions.column.format')}>{t(formatKey(session.format))}</td>
                        <td data-label={t('sessions.column.length')}>{session.lengthMinutes ? t('sessions.minutesShort', { count: session.lengthMinutes }) : (session.lengthLabel ?? '—')}</td>
                        <td data-label={t('sessions.column.place')}>{summary?.place ?? (summary?.meetingLink ? t('sessions.online') : '—')}</td>
                        <td data-label={t('sessions.column.record')}>
                          <span className="row sessions-badges">
                            {summary?.hasMinutes && <Badge tone="success">{t('sessions.hasMinutes')}</Badge>}
                            {summary && summary.openTasks > 0 && <Badge tone="info">{t('sessions.openTasks', { count: summary.openTasks })}</Badge>}
                            {summary && !summary.hasMinutes && summary.openTasks === 0 && <span className="muted">{t('sessions.nothingYet')}</span>}
                          </span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </section>
  );
}
