import type { DomainRoutes } from '../app/web-domain';
import { publicSiteRoutes } from './public-site/public-site-routes';
import { updateLinkRoutes, updateRoutes } from './updates/update-routes';
import { studentGroupRoutes } from './student-groups/student-groups-routes';

/**
 * The monitoring domain's pages, each its own small chunk: the mailed update link (no sign-in), My
 * updates and the update form, the public-site settings and the district's student groups. Its views inside a plan's workspace
 * are placed by the plan's routes (see plan-workspace-routes.ts).
 */
export const monitoringRoutes: DomainRoutes = {
  public: updateLinkRoutes,
  organization: [...updateRoutes, ...publicSiteRoutes, ...studentGroupRoutes],
};
