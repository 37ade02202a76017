/** Every page of the process area, in the one chunk process-routes.tsx loads on first use. */
export { CommitteePage } from '../committee/committee-page';
export { CycleLayout } from './cycle-layout';
export { CyclePage } from './cycle-page';
export { CyclesListPage } from './cycles-list-page';
export { StakeholdersPage } from '../stakeholders/stakeholders-page';
export { NormsPage } from '../norms/norms-page';
export { OutreachPage } from '../outreach/outreach-page';
export { SessionPage } from '../sessions/session-page';
export { SessionsPage } from '../sessions/sessions-page';
