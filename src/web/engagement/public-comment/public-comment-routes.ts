import type { RouteObject } from 'react-router';

/**
 * Public comment inside a plan's workspace (/o/:organizationId/plans/:planId/public-comment), for
 * plan/plans/plan-routes.tsx to place among the plan's views; its chunk stays the engagement
 * domain's, so the plan editor's chunk does not grow with it.
 */
export const planWorkspacePublicCommentRoutes: RouteObject[] = [{ path: 'public-comment', lazy: async () => ({ Component: (await import('./public-comment-page')).PublicCommentPage }) }];
