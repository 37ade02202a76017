import type { DomainRoutes } from '../app/web-domain';
import { plansAreaRoutes } from './plans/plan-routes';

/** The plan domain's pages: the plans area under /o/:organizationId/plans, one lazily loaded chunk. */
export const planRoutes: DomainRoutes = { organization: plansAreaRoutes };
