import type { RegisterRoutes } from '../domain.js';
import { registerPlanRoutes } from './plans/plans.routes.js';
import { registerPlanElementRoutes } from './plans/plan-elements.routes.js';
import { registerPlanDocumentRoutes } from './documents/plan-documents.routes.js';
import { registerPlanVersionRoutes } from './versions/plan-versions.routes.js';
import { registerPlanCommentRoutes } from './comments/plan-comments.routes.js';
import { registerPlanInsightRoutes } from './insights/plan-insights.routes.js';
import { registerOwnerRoutes } from './owners/owners.routes.js';

/** The plan's resources: plans and their elements, documents, versions and lifecycle, comments, insights, owners. */
export const planRoutes: readonly RegisterRoutes[] = [
  registerPlanRoutes,
  registerPlanElementRoutes,
  registerPlanDocumentRoutes,
  registerPlanVersionRoutes,
  registerPlanCommentRoutes,
  registerPlanInsightRoutes,
  registerOwnerRoutes,
];
