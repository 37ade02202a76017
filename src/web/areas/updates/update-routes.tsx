import type { RouteObject } from 'react-router';

/** Placeholder: /o/:organizationId/updates (My updates and the update form). */
export const updateRoutes: RouteObject[] = [];

/** Placeholder: /update/:token, the form a mailed link opens without a password. */
export const updateLinkRoutes: RouteObject[] = [];
