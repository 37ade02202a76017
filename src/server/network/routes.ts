import type { RegisterRoutes } from '../domain.js';
import { registerLearningRoutes } from './learning/learning.routes.js';
import { registerDiscussionRoutes } from './discussions/discussions.routes.js';
import { registerCohortRoutes } from './cohorts/cohorts.routes.js';
import { registerCohortDistrictRoutes } from './members/members.routes.js';
import { registerEnrolmentRoutes } from './enrolment/enrolment.routes.js';
import { registerProviderRoutes } from './providers/providers.routes.js';
import { registerStrategyBankRoutes } from './strategy-bank/strategy-bank.routes.js';
import { registerClientRoutes } from './clients/clients.routes.js';
import { registerReviewQueueRoutes } from './review-queue/review-queue.routes.js';
import { registerRubricRoutes } from './rubrics/rubrics.routes.js';
import { registerCohortDashboardRoutes } from './dashboard/dashboard.routes.js';
import { registerBenchmarkRoutes } from './benchmarks/benchmarks.routes.js';

/** The network's resources, in the order they register. */
export const networkRoutes: readonly RegisterRoutes[] = [registerCohortRoutes, registerProviderRoutes, registerCohortDistrictRoutes, registerEnrolmentRoutes, registerStrategyBankRoutes, registerClientRoutes, registerCohortDashboardRoutes, registerRubricRoutes, registerReviewQueueRoutes, registerLearningRoutes, registerDiscussionRoutes, registerBenchmarkRoutes];
