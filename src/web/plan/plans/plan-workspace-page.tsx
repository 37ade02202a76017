import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import type { PlanDetail } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { Badge } from '../../app/ui/badge';
import { PlanErrorAlert } from './plan-error-alert';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { DownloadMenu } from '../download/download-menu';
import { LifecycleBar } from '../lifecycle/lifecycle-bar';
import { planApi } from './plan-api';
import { lifecycleLabel, lifecycleTone } from './plan-lifecycle';
import { planPath, planViews, viewOfPath } from './plan-views';
import { hasPermission } from '../../app/session';
import { PlanWorkspaceProvider } from './plan-workspace-context';
import { periodText } from './plan-format-text';
import './plans.css';
import '../outline/outline.css';
import '../detail/detail-panel.css';
import './plan-views.css';
import '../versions/versions.css';

/** One plan: its header, the lifecycle strip, the views of the plan, and the view chosen in the URL. */
export function PlanWorkspacePage() {
  const { t, formatDate } = useI18n();
  const { organization } = useOrganizationInUrl();
  const { planId = '' } = useParams();
  const location = useLocation();
  const planResource = useResource<PlanDetail>(planApi.plan(planId));
  const plan = planResource.data;
  const currentView = planViews.find((view) => view.segment === viewOfPath(location.pathname)) ?? planViews[0]!;

  // On a phone the views scroll sideways; the current one is brought into sight.
  useEffect(() => {
    document.querySelector('.section-nav-link[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [currentView.segment, plan !== null]);

  if (!plan) {
    return (
      <div className="stack-lg">
        <Link to={`/o/${organization!.id}/plans`} className="back-link">
          ← {t('plans.backToList')}
        </Link>
        {planResource.error ? <PlanErrorAlert error={planResource.error} title={t('plans.loadPlanFailed')} /> : <Loading />}
      </div>
    );
  }

  return (
    <PlanWorkspaceProvider organization={organization!} planResource={planResource} plan={plan}>
      <div className="plan-workspace stack">
        <Link to={`/o/${organization!.id}/plans`} className="back-link plan-chrome">
          ← {t('plans.backToList')}
        </Link>
        <PageHeader
          eyebrow={organization!.name}
          title={plan.title}
          titleContext={t(currentView.label)}
          description={
            <span className="row plan-header-facts">
              <Badge tone={lifecycleTone[plan.lifecycle]}>{t(lifecycleLabel[plan.lifecycle])}</Badge>
              {plan.header.plan.period && <span>{periodText(plan.header.plan.period)}</span>}
              <span>{t('plans.updatedOn', { date: formatDate(plan.updatedAt) })}</span>
            </span>
          }
          actions={<DownloadMenu />}
        />
        <LifecycleBar />
        <nav className="section-nav plan-chrome" aria-label={t('planNav.label')}>
          <ul>
            {planViews.filter((view) => !view.permission || hasPermission(organization, view.permission)).map((view) => (
              <li key={view.segment}>
                <NavLink to={planPath(organization!.id, plan.id, view.segment)} end className="section-nav-link">
                  {t(view.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <Outlet />
      </div>
    </PlanWorkspaceProvider>
  );
}
