import type { RouteObject } from 'react-router';

/** Progress and Coverage come in their own chunk (see progress/progress-area.ts). */
const progressArea = () => import('./progress/progress-area');
const progressPage = (name: keyof Awaited<ReturnType<typeof progressArea>>) => async () => ({ Component: (await progressArea())[name] });
/** PDSA cycles, Data Wise trackers and check-ins come in their own chunk too (improvement/index.ts). */
const improvementArea = () => import('./improvement');
const improvementPage = (name: keyof Awaited<ReturnType<typeof improvementArea>>) => async () => ({ Component: (await improvementArea())[name] });

/**
 * Monitoring's views inside a plan's workspace (/o/:organizationId/plans/:planId/<segment>), for
 * plan/plans/plan-routes.tsx to place among the plan's own views. The segments match planViews
 * (plan/plans/plan-views.ts); the chunks stay monitoring's business, so the plan editor's chunk
 * does not grow with them.
 */
export const planWorkspaceMonitoringRoutes: RouteObject[] = [
  { path: 'progress', lazy: progressPage('ProgressView') },
  { path: 'coverage', lazy: progressPage('CoverageView') },
  { path: 'check-ins', lazy: improvementPage('CheckInsView') },
  { path: 'improvement', lazy: improvementPage('ImprovementView') },
];
