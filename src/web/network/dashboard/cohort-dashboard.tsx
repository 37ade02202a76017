import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge, type BadgeTone } from '../../app/ui/badge';
import { SelectField } from '../../app/ui/field';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { dashboardApi, type CohortDashboardData, type DashboardDistrict, type DashboardFilters, type Verdict } from './dashboard-api';
import { DeliverableStrip } from './deliverable-strip';
import './cohort-dashboard.css';

const verdictTone: Record<Verdict, BadgeTone> = { no_cycle: 'neutral', not_started: 'neutral', ahead: 'info', on_track: 'success', behind: 'warning', finished: 'success' };

/**
 * One screen for a cohort: the shared timeline with today marked, the meetings ahead, and every
 * district with its provider and coaches, its phase against the timeline, its deliverables, and what
 * needs attention. Filters by provider and coach; the same view exports to Excel.
 */
export function CohortDashboard({ cohortId }: { cohortId: string }) {
  const { t, locale } = useI18n();
  const [filters, setFilters] = useState<DashboardFilters>({ providerId: '', coachId: '' });
  const dashboard = useResource<CohortDashboardData>(dashboardApi.dashboard(cohortId, filters));
  const data = dashboard.data;
  const day = (date: string) => formatDay(locale, date);
  const isFiltered = Boolean(filters.providerId || filters.coachId);

  return (
    <div className="stack-lg cohort-dashboard">
      {data && (
        <div className="cohort-dashboard-top">
          <section className="card" aria-labelledby="cohort-timeline-heading">
            <div className="card-header">
              <h2 id="cohort-timeline-heading">{t('cohortDashboard.timeline')}</h2>
            </div>
            <div className="card-body">
              <SharedTimeline data={data} day={day} />
            </div>
          </section>
          <section className="card" aria-labelledby="cohort-upcoming-heading">
            <div className="card-header">
              <h2 id="cohort-upcoming-heading">{t('cohortDashboard.upcoming')}</h2>
            </div>
            <div className="card-body">
              {data.upcomingEvents.length === 0 ? (
                <p className="muted">{t('cohortDashboard.upcomingNone')}</p>
              ) : (
                <ul className="cohort-events">
                  {data.upcomingEvents.map((event) => (
                    <li key={event.id}>
                      <span className="cohort-event-date">{day(event.date)}{event.startTime ? ` ${event.startTime}` : ''}</span>
                      <span>
                        <strong>{event.title}</strong> <Badge tone={event.kind === 'session' ? 'info' : 'brand'} hasDot={false}>{t(`cohortDashboard.event.${event.kind}`)}</Badge>
                        {event.location && <span className="muted"> · {event.location}</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>
        </div>
      )}

      <section className="card" aria-labelledby="cohort-districts-heading">
        <div className="card-header cohort-districts-header">
          <h2 id="cohort-districts-heading">{t('cohortDashboard.districts')}</h2>
          <a className="button button-secondary" href={dashboardApi.spreadsheet(cohortId, filters, locale)} download>
            {t('cohortDashboard.export')}
          </a>
        </div>
        {data && (
          <div className="card-body cohort-dashboard-controls">
            <form className="cohort-filters" aria-label={t('cohortDashboard.filters')} onSubmit={(event) => event.preventDefault()}>
              <SelectField
                label={t('cohortDashboard.provider')}
                name="providerId"
                value={filters.providerId}
                onChange={(event) => setFilters({ ...filters, providerId: event.target.value })}
                options={[{ value: '', label: t('cohortDashboard.anyProvider') }, ...data.filters.providers.map((p) => ({ value: p.id, label: p.name }))]}
              />
              <SelectField
                label={t('cohortDashboard.coach')}
                name="coachId"
                value={filters.coachId}
                onChange={(event) => setFilters({ ...filters, coachId: event.target.value })}
                options={[{ value: '', label: t('cohortDashboard.anyCoach') }, ...data.filters.coaches.map((c) => ({ value: c.userId, label: `${c.name} (${c.organizationName})` }))]}
              />
            </form>
            <ul className="cohort-totals" aria-label={t('cohortDashboard.totals')}>
              <li>{t('cohortDashboard.total.districts', { count: data.totals.districts })}</li>
              <li>{t('cohortDashboard.total.behind', { count: data.totals.behind })}</li>
              <li>{t('cohortDashboard.total.overdue', { count: data.totals.overdue })}</li>
              <li>{t('cohortDashboard.total.waitingReview', { count: data.totals.waitingReview })}</li>
            </ul>
          </div>
        )}
        <ResourceStates
          resource={dashboard}
          isEmpty={(data?.districts.length ?? 0) === 0}
          errorTitle={t('cohortDashboard.loadFailed')}
          emptyIcon="people"
          emptyTitle={t('cohortDashboard.emptyTitle')}
          emptyText={isFiltered ? t('cohortDashboard.emptyFiltered') : t('cohortDashboard.emptyText')}
        >
          {data && <DistrictsTable data={data} day={day} />}
          <p className="muted cohort-legend">{t('cohortDashboard.legend')}</p>
        </ResourceStates>
      </section>
    </div>
  );
}

function SharedTimeline({ data, day }: { data: CohortDashboardData; day: (date: string) => string }) {
  const { t } = useI18n();
  const phases = data.timeline.phases;
  const first = phases[0];
  return (
    <>
      {first && data.today < first.startDate && <p className="muted">{t('cohortDashboard.timelineNotStarted', { date: day(first.startDate) })}</p>}
      {data.timeline.endDate && data.today > data.timeline.endDate && <p className="muted">{t('cohortDashboard.timelineEnded', { date: day(data.timeline.endDate) })}</p>}
      <ol className="cohort-phases">
        {phases.map((phase) => (
          <li key={phase.key} className={phase.isToday ? 'is-today' : undefined} aria-current={phase.isToday ? 'step' : undefined}>
            <span className="cohort-phase-name">{phase.name}</span>
            <span className="cohort-phase-dates">{t('cohortDashboard.phaseDates', { start: day(phase.startDate), end: day(phase.endDate) })}</span>
            {phase.isToday && <Badge tone="brand">{t('cohortDashboard.now')}</Badge>}
          </li>
        ))}
      </ol>
    </>
  );
}

function DistrictsTable({ data, day }: { data: CohortDashboardData; day: (date: string) => string }) {
  const { t } = useI18n();
  const verdictText = (district: DashboardDistrict) => {
    const { verdict, phasesApart } = district.progress;
    return verdict === 'ahead' || verdict === 'behind' ? t(`cohortDashboard.verdict.${verdict}`, { count: phasesApart }) : t(`cohortDashboard.verdict.${verdict}`);
  };
  return (
    <div className="table-wrap">
      <table className="table table-stack cohort-table">
        <caption className="visually-hidden">{t('cohortDashboard.districts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cohortDashboard.column.district')}</th>
            <th scope="col">{t('cohortDashboard.column.support')}</th>
            <th scope="col">{t('cohortDashboard.column.phase')}</th>
            <th scope="col">{t('cohortDashboard.column.deliverables')}</th>
            <th scope="col">{t('cohortDashboard.column.attention')}</th>
          </tr>
        </thead>
        <tbody>
          {data.districts.map((district) => (
            <tr key={district.districtId}>
              <th scope="row" className="cell-primary">
                <span className="cd-lines">
                  <Link to={`/o/${district.districtId}/process`}>{district.districtName}</Link>
                  <span className="muted">{t(`cohortDashboard.membership.${district.status}`)}</span>
                </span>
              </th>
              <td data-label={t('cohortDashboard.column.support')}>
                <span className="cd-lines">
                  <span>{district.provider?.name ?? <span className="muted">{t('cohortDashboard.noProvider')}</span>}</span>
                  {district.coaches.length === 0 ? (
                    <span className="muted">{t('cohortDashboard.noCoach')}</span>
                  ) : (
                    district.coaches.map((coach) => (
                      <span key={coach.userId} className="muted">
                        {coach.responsibility ? t('cohortDashboard.coachDoes', { name: coach.name, responsibility: coach.responsibility }) : coach.name}
                      </span>
                    ))
                  )}
                </span>
              </td>
              <td data-label={t('cohortDashboard.column.phase')}>
                <span className="cd-lines">
                  <Badge tone={verdictTone[district.progress.verdict]}>{verdictText(district)}</Badge>
                  {district.progress.currentPhase && <span>{t('cohortDashboard.inPhase', { phase: district.progress.currentPhase.name })}</span>}
                  {district.progress.expectedPhase && district.progress.verdict !== 'on_track' && (
                    <span className="muted">{t('cohortDashboard.expectedPhase', { phase: district.progress.expectedPhase.name })}</span>
                  )}
                </span>
              </td>
              <td data-label={t('cohortDashboard.column.deliverables')}>
                {district.deliverables.length > 0 && (
                  <span className="cd-lines">
                    <DeliverableStrip columns={data.timeline.deliverables} deliverables={district.deliverables} />
                    <span className="muted">{t('cohortDashboard.countsLine', { complete: district.counts.complete, total: district.counts.total })}</span>
                  </span>
                )}
              </td>
              {/* What needs attention and the next session share a column, so the table fits beside the menu at 1280. */}
              <td data-label={t('cohortDashboard.column.attention')}>
                <span className="cd-lines">
                  {district.overdue.length > 0 ? <Badge tone="danger">{t('cohortDashboard.overdue', { count: district.overdue.length })}</Badge> : <span className="muted">{t('cohortDashboard.nothingPressing')}</span>}
                  {district.waitingReview.length > 0 && <Badge tone="info">{t('cohortDashboard.waiting', { count: district.waitingReview.length })}</Badge>}
                  <span>
                    {t('cohortDashboard.column.next')}:{' '}
                    {district.nextSession ? (
                      <>
                        {day(district.nextSession.date)} <span className="muted">{district.nextSession.name}</span>
                      </>
                    ) : (
                      <span className="muted">{t('cohortDashboard.noSession')}</span>
                    )}
                  </span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day ("2026-08-03") in the reader's words, read in UTC so it never shifts a day. */
function formatDay(locale: string, date: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
