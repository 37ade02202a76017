import { Outlet, type RouteObject } from 'react-router';
import { planWorkspacePublicCommentRoutes } from '../../engagement/public-comment/public-comment-routes';
import { planWorkspaceMonitoringRoutes } from '../../monitoring/plan-workspace-routes';
import { PlansAreaGuard } from './plans-area-guard';

/*
 * The plans area is loaded when first opened (one chunk for all its pages): people who only sign in
 * to update a measure or manage members do not download the plan editor.
 */
const area = () => import('./plans-area');
const page = (name: keyof Awaited<ReturnType<typeof area>>) => async () => ({ Component: (await area())[name] });

/**
 * The plans area under /o/:organizationId: the list, and each plan's workspace with one URL per
 * view (the segments match planViews), so any view can be bookmarked or sent to a colleague.
 */
export const plansAreaRoutes: RouteObject[] = [
  {
    path: 'plans',
    element: (
      <PlansAreaGuard>
        <Outlet />
      </PlansAreaGuard>
    ),
    children: [
      { index: true, lazy: page('PlansListPage') },
      {
        path: ':planId',
        lazy: page('PlanWorkspacePage'),
        children: [
          { index: true, lazy: page('OutlineView') },
          { path: 'details', lazy: page('PlanDetailsView') },
          { path: 'measures', lazy: page('MeasuresTableView') },
          // Progress, Coverage, Check-ins and Improvement: monitoring's screens, in monitoring's chunks.
          ...planWorkspaceMonitoringRoutes,
          { path: 'page', lazy: page('PlanOnAPageView') },
          { path: 'budget', lazy: page('BudgetView') },
          { path: 'decision-rights', lazy: page('DecisionRightsView') },
          { path: 'owners', lazy: page('OwnersView') },
          { path: 'checks', lazy: page('ChecksView') },
          { path: 'evidence', lazy: page('EvidenceCoverageView') },
          { path: 'comments', lazy: page('CommentsView') },
          // Public comment on the draft: the engagement domain's screen, in its own chunk.
          ...planWorkspacePublicCommentRoutes,
          { path: 'versions', lazy: page('VersionsView') },
        ],
      },
    ],
  },
];
