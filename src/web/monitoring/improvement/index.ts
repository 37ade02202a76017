/** The plan workspace's improvement views, for plans-area.ts to export and plan-routes.tsx to route. */
export { CheckInsView } from './check-ins-view';
export { ImprovementView } from './improvement-view';
