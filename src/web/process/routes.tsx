import type { DomainRoutes } from '../app/web-domain';
import { processAreaRoutes } from './cycles/process-routes';
import { taskRoutes } from './tasks/tasks-routes';

/** The process domain's pages, each area its own lazily loaded chunk: the planning cycles and My tasks. */
export const processRoutes: DomainRoutes = { organization: [...processAreaRoutes, ...taskRoutes] };
