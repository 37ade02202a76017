/**
 * Every page of the plans area, in the one chunk plan-routes.tsx loads on first use; monitoring's
 * views of a plan are in their own chunks (see monitoring/plan-workspace-routes.ts).
 */
export { CommentsView } from '../comments/comments-view';
export { PlanDetailsView } from '../details/plan-details-view';
export { MeasuresTableView } from '../measures/measures-table-view';
export { OutlineView } from '../outline/outline-view';
export { OwnersView } from '../owners/owners-view';
export { PlanWorkspacePage } from './plan-workspace-page';
export { PlansListPage } from './plans-list-page';
export { BudgetView } from '../views/budget-view';
export { ChecksView } from '../views/checks-view';
export { DecisionRightsView } from '../views/decision-rights-view';
export { EvidenceCoverageView } from '../views/evidence-coverage-view';
export { PlanOnAPageView } from '../views/plan-on-a-page-view';
export { VersionsView } from '../versions/versions-view';
