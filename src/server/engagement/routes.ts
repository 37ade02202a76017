import type { RegisterRoutes } from '../domain.js';

/** Community engagement's resources: surveys (the builder, the respondent page, results). */
export const engagementRoutes: readonly RegisterRoutes[] = [];
