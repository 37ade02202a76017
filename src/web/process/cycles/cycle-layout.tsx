import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import type { CycleDetail } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import type { CycleContext } from './cycle-context';
import { cycleSectionPath, cycleSections, sectionOfPath } from './cycle-sections';
import { formatDay, processApi, processPath } from './process-api';
import './process.css';

/**
 * One planning cycle: its name, the current phase and its guiding question (in sight on every
 * section), the section tabs, and the section chosen in the URL.
 */
export function CycleLayout() {
  const { t, locale } = useI18n();
  const { cycleId = '' } = useParams();
  const location = useLocation();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const cycle = useResource<CycleDetail>(processApi.cycle(cycleId));
  const section = cycleSections.find((s) => s.segment === sectionOfPath(location.pathname)) ?? cycleSections[0]!;

  // On a phone the tabs scroll sideways; the current one is brought into sight.
  useEffect(() => {
    document.querySelector('.cycle-sections .section-nav-link[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [section.segment, cycle.data !== null]);

  if (!cycle.data) {
    return (
      <div className="stack-lg">
        <Link to={processPath(organizationId)} className="back-link">
          ← {t('process.listTitle')}
        </Link>
        {cycle.error ? <ErrorAlert error={cycle.error} title={t('cycle.loadFailed')} /> : <Loading />}
      </div>
    );
  }
  const data = cycle.data;
  const current = data.currentPhase ? data.phases.find((phase) => phase.id === data.currentPhase!.id) : undefined;
  const context: CycleContext = { cycleId, organizationId, cycle: data, reload: cycle.reload };

  return (
    <div className="stack-lg">
      <Link to={processPath(organizationId)} className="back-link">
        ← {t('process.listTitle')}
      </Link>
      <PageHeader
        eyebrow={t('cycle.eyebrow')}
        titleContext={`${t(section.label)} · ${organization!.name}`}
        title={data.name}
        description={data.endDate ? t('process.dates', { start: formatDay(locale, data.startDate), end: formatDay(locale, data.endDate) }) : undefined}
      />
      <section className="current-phase" aria-labelledby="current-phase-heading">
        {data.currentPhase ? (
          <>
            <h2 id="current-phase-heading" className="current-phase-title">
              <span className="current-phase-eyebrow">{t('cycle.currentPhase')}</span> {data.currentPhase.name}
              {current && <span className="current-phase-dates"> · {t('process.dates', { start: formatDay(locale, current.startDate), end: formatDay(locale, current.endDate) })}</span>}
            </h2>
            {data.currentPhase.guidingQuestion && (
              <p className="current-phase-question">
                <span className="visually-hidden">{t('cycle.guidingQuestion')}: </span>
                {data.currentPhase.guidingQuestion}
              </p>
            )}
          </>
        ) : (
          <h2 id="current-phase-heading" className="current-phase-title">
            {t('cycle.allClosed')}
          </h2>
        )}
      </section>
      {cycle.error && <ErrorAlert error={cycle.error} title={t('cycle.loadFailed')} />}
      <nav className="section-nav cycle-sections" aria-label={t('cycleNav.label')}>
        <ul>
          {cycleSections.map((s) => (
            <li key={s.segment}>
              <NavLink to={cycleSectionPath(organizationId, cycleId, s.segment)} end={s.segment === ''} className="section-nav-link">
                {t(s.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </div>
  );
}
