import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards';

/* The planners' public-site page is its own small chunk. */
const page = async () => {
  const { PublicSitePage } = await import('./public-site-page');
  return {
    Component: () => (
      <RequirePermission permission="monitoring.manage">
        <PublicSitePage />
      </RequirePermission>
    ),
  };
};

/** /o/:organizationId/public-site: what the district publishes about its progress. */
export const publicSiteRoutes: RouteObject[] = [{ path: 'public-site', lazy: page }];
