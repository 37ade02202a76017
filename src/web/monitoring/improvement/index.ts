/** The plan workspace's improvement views, one chunk that monitoring/plan-workspace-routes.ts loads on first use. */
export { CheckInsView } from './check-ins-view';
export { ImprovementView } from './improvement-view';
