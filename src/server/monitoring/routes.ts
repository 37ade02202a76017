import type { RegisterRoutes } from '../domain.js';
import { registerUpdateRoutes } from './updates/updates.routes.js';
import { registerScorecardRoutes } from './scorecard/scorecard.routes.js';
import { registerReminderRoutes } from './reminders/reminders.routes.js';
import { registerImprovementRoutes } from './improvement/improvement.routes.js';
import { registerRolloverRoutes } from './rollover/rollover.routes.js';
import { registerProgressReportRoutes } from './progress-report/progress-report.routes.js';
import { registerPublicSiteRoutes } from './public-site/public-site.routes.js';
import { registerStudentGroupRoutes } from './student-groups/student-groups.routes.js';

/** Monitoring's resources: the district's student groups, updates, scorecard, reminders, improvement, rollover, the progress report and the public site. */
export const monitoringRoutes: readonly RegisterRoutes[] = [
  registerStudentGroupRoutes,
  registerUpdateRoutes,
  registerScorecardRoutes,
  registerReminderRoutes,
  registerImprovementRoutes,
  registerRolloverRoutes,
  registerProgressReportRoutes,
  registerPublicSiteRoutes,
];
