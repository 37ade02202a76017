import type { CSSProperties } from 'react';
import type { CycleDetail } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { dayNumber, formatDay, todayDate } from './process-api';

interface CycleTimelineProps {
  cycle: CycleDetail;
  onOpenDeliverable: (deliverableId: string) => void;
}

/**
 * A Gantt-style chart in plain HTML and CSS: one row per phase, its bar placed by its dates,
 * sessions as circles, deliverable due dates as diamonds, today as a line. The chart is hidden
 * from screen readers; the table under it says the same in words (and shapes, not colour alone,
 * tell the markers apart).
 */
export function CycleTimeline({ cycle, onOpenDeliverable }: CycleTimelineProps) {
  const { t, locale } = useI18n();
  const day = (date: string) => formatDay(locale, date);
  const dates = [...cycle.phases.flatMap((phase) => [phase.startDate, phase.endDate]), ...cycle.sessions.map((s) => s.date), ...cycle.deliverables.map((d) => d.dueDate)];
  if (dates.length === 0) return <p className="muted">{t('cycle.none')}</p>;
  const first = Math.min(...dates.map(dayNumber));
  const last = Math.max(...dates.map(dayNumber)) + 1;
  const span = Math.max(1, last - first);
  const at = (date: string) => ((dayNumber(date) - first) / span) * 100;
  const today = todayDate();
  const todayAt = at(today);
  const showToday = todayAt >= 0 && todayAt <= 100;
  const left = (date: string): CSSProperties => ({ insetInlineStart: `${at(date)}%` });

  return (
    <div className="stack">
      <div className="timeline" aria-hidden="true">
        <div className="timeline-scale">
          <span>{day(cycle.phases[0]?.startDate ?? dates[0]!)}</span>
          <span>{cycle.endDate ? day(cycle.endDate) : ''}</span>
        </div>
        {cycle.phases.map((phase, index) => (
          <div key={phase.id} className="timeline-row">
            <div className="timeline-label">
              {index + 1}. {phase.name}
            </div>
            <div className="timeline-track">
              <div
                className={`timeline-bar${phase.isClosed ? ' is-closed' : ''}${cycle.currentPhase?.id === phase.id ? ' is-current' : ''}`}
                style={{ insetInlineStart: `${at(phase.startDate)}%`, width: `${Math.max(0.5, ((dayNumber(phase.endDate) + 1 - dayNumber(phase.startDate)) / span) * 100)}%` }}
              />
              {cycle.sessions
                .filter((session) => session.phaseId === phase.id)
                .map((session) => (
                  <span key={session.id} className="timeline-marker is-session" style={left(session.date)} title={t('timeline.markerSession', { name: session.name, date: day(session.date) })} />
                ))}
              {cycle.deliverables
                .filter((deliverable) => deliverable.phaseId === phase.id)
                .map((deliverable) => (
                  <span key={deliverable.id} className="timeline-marker is-deliverable" style={left(deliverable.dueDate)} title={t('timeline.markerDeliverable', { name: deliverable.name, date: day(deliverable.dueDate) })} />
                ))}
              {showToday && <span className="timeline-today" style={{ insetInlineStart: `${todayAt}%` }} />}
            </div>
          </div>
        ))}
        <div className="timeline-legend">
          <span>
            <span className="timeline-marker is-session is-static" /> {t('timeline.legendSession')}
          </span>
          <span>
            <span className="timeline-marker is-deliverable is-static" /> {t('timeline.legendDeliverable')}
          </span>
          {showToday && (
            <span>
              <span className="timeline-today is-static" /> {t('timeline.legendToday')} ({day(today)})
            </span>
          )}
        </div>
      </div>
      <div className="table-wrap">
        <table className="table table-stack timeline-table">
          <caption className="visually-hidden">{t('timeline.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.column.phase')}</th>
              <th scope="col">{t('timeline.column.dates')}</th>
              <th scope="col">{t('timeline.column.sessions')}</th>
              <th scope="col">{t('timeline.column.deliverables')}</th>
            </tr>
          </thead>
          <tbody>
            {cycle.phases.map((phase, index) => {
              const sessions = cycle.sessions.filter((session) => session.phaseId === phase.id);
              const deliverables = cycle.deliverables.filter((deliverable) => deliverable.phaseId === phase.id);
              const state = phase.isClosed ? t('cycle.phaseClosed') : cycle.currentPhase?.id === phase.id ? t('cycle.phaseCurrent') : t('cycle.phaseOpen');
              return (
                <tr key={phase.id}>
                  <th scope="row">
                    {t('cycle.phase', { number: index + 1, name: phase.name })}
                    <span className="cell-sub">{state}</span>
                  </th>
                  <td data-label={t('timeline.column.dates')}>{t('process.dates', { start: day(phase.startDate), end: day(phase.endDate) })}</td>
                  <td data-label={t('timeline.column.sessions')}>
                    {sessions.length === 0 ? (
                      <span className="muted">{t('cycle.none')}</span>
                    ) : (
                      <ul className="plain-list">
                        {sessions.map((session) => (
                          <li key={session.id}>
                            {session.name} – {day(session.date)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td data-label={t('timeline.column.deliverables')}>
                    {deliverables.length === 0 ? (
                      <span className="muted">{t('cycle.none')}</span>
                    ) : (
                      <ul className="plain-list">
                        {deliverables.map((deliverable) => (
                          <li key={deliverable.id}>
                            <button type="button" className="link-button" onClick={() => onOpenDeliverable(deliverable.id)}>
                              {deliverable.letter ? `${deliverable.letter}. ` : ''}
                              {deliverable.name}
                            </button>{' '}
                            – {day(deliverable.dueDate)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
