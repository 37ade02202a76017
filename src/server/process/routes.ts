import type { RegisterRoutes } from '../domain.js';
import { registerProcessTemplateRoutes } from './templates/process-templates.routes.js';
import { registerCycleRoutes } from './cycles/cycles.routes.js';
import { registerCommitteeRoutes } from './committee/committee.routes.js';
import { registerStakeholderRoutes } from './stakeholders/stakeholders.routes.js';
import { registerOutreachRoutes } from './outreach/outreach.routes.js';
import { registerSessionRoutes } from './sessions/sessions.routes.js';
import { registerNormsRoutes } from './norms/norms.routes.js';

/** The planning process's resources: templates, cycles, committee, stakeholders, outreach, sessions and norms. */
export const processRoutes: readonly RegisterRoutes[] = [
  registerProcessTemplateRoutes,
  registerCycleRoutes,
  registerCommitteeRoutes,
  registerStakeholderRoutes,
  registerOutreachRoutes,
  registerSessionRoutes,
  registerNormsRoutes,
];
