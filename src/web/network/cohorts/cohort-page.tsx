import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { CohortDashboard } from '../dashboard/cohort-dashboard';
import { CohortCalendar } from './cohort-calendar';
import { CohortDistricts } from './cohort-districts';
import { CohortDiscussion } from '../learning/cohort-discussion';
import { CohortLearning } from '../learning/cohort-learning';
import { cohortsApi, cohortsPath, cohortTabs, formatCalendarDay, type Cohort, type CohortTab } from './cohorts-api';
import { EditCohortDialog } from './edit-cohort-dialog';
import './cohorts.css';

const tabLabel = { dashboard: 'cohort.tab.dashboard', districts: 'cohort.tab.districts', calendar: 'cohort.tab.calendar', learning: 'learning.tab', discussion: 'discussion.title' } as const;

/**
 * One cohort, in tabs kept in the address (?tab=) so each can be bookmarked: the dashboard of
 * every district against the shared timeline, the districts with their provider, coaches and
 * enrolment documents, the shared calendar of milestones and sessions, and the cohort's
 * professional learning and discussion (src/web/network/learning/).
 */
export function CohortPage() {
  const { t, locale } = useI18n();
  const { cohortId = '' } = useParams();
  const { organization } = useOrganizationInUrl();
  const networkId = organization!.id;
  const canManage = hasPermission(organization, 'network.manage');
  const [searchParams] = useSearchParams();
  const asked = searchParams.get('tab');
  const tab: CohortTab = cohortTabs.find((each) => each === asked) ?? 'dashboard';
  const cohort = useResource<Cohort>(cohortsApi.cohort(cohortId));
  const [isEditing, setIsEditing] = useState(false);
  const data = cohort.data;

  if (!data) {
    return (
      <div className="stack-lg">
        <PageHeader eyebrow={<Link to={cohortsPath(networkId)}>{t('cohorts.title')}</Link>} titleContext={organization!.name} title={t('cohort.fallbackTitle')} />
        {cohort.error ? <ErrorAlert error={cohort.error} title={t('cohort.loadFailed')} /> : <Loading />}
      </div>
    );
  }

  const facts = [data.schoolYear, data.templateName ?? t('cohorts.templateGone'), t('cohort.startsOn', { date: formatCalendarDay(locale, data.startDate) })].join(' · ');
  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={<Link to={cohortsPath(networkId)}>{t('cohorts.title')}</Link>}
        titleContext={organization!.name}
        title={data.name}
        description={
          <>
            {facts}
            {data.description && (
              <>
                <br />
                {data.description}
              </>
            )}
          </>
        }
        actions={canManage && <Button onClick={() => setIsEditing(true)}>{t('cohort.edit')}</Button>}
      />
      <nav className="section-nav" aria-label={t('cohort.tabs')}>
        <ul>
          {cohortTabs.map((each) => (
            <li key={each}>
              <Link to={{ search: each === 'dashboard' ? '' : `?tab=${each}` }} replace className="section-nav-link" aria-current={tab === each ? 'page' : undefined}>
                {t(tabLabel[each])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'dashboard' && <CohortDashboard cohortId={cohortId} />}
      {tab === 'districts' && <CohortDistricts cohort={data} canManage={canManage} onCountChanged={() => void cohort.reload()} />}
      {tab === 'calendar' && <CohortCalendar cohortId={cohortId} canManage={canManage} />}
      {tab === 'learning' && <CohortLearning cohortId={cohortId} />}
      {tab === 'discussion' && <CohortDiscussion basePath={`/api/cohorts/${cohortId}`} />}
      {canManage && (
        <EditCohortDialog
          isOpen={isEditing}
          cohort={data}
          onClose={() => setIsEditing(false)}
          onSaved={(saved) => {
            cohort.setData(saved);
            setIsEditing(false);
          }}
          onConflict={() => void cohort.reload()}
        />
      )}
    </div>
  );
}
