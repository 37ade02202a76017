import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomeRedirect, RequireOrganization, RequireSession, RequireSetupDone } from './guards';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { NoAccessPage } from './no-access-page';
import type { DomainRoutes, WebDomain } from './web-domain';

/**
 * Every page of the application: the shell's frame and guards, with each domain's pages hung in the
 * place its routes.tsx names. Organization pages carry the organization in the URL
 * (/o/:organizationId/...) so that any page can be bookmarked or sent to a colleague.
 * The domains are handed in by main.tsx, so the shell imports none of them.
 */
export function createAppRouter(domains: readonly WebDomain[]) {
  const pagesIn = (place: keyof DomainRoutes): RouteObject[] => domains.flatMap((domain) => domain.routes[place] ?? []);
  return createBrowserRouter([
    { element: <PublicLayout />, children: pagesIn('beforeSetup') },
    {
      element: <RequireSetupDone />,
      children: [
        { path: '/', element: <HomeRedirect /> },
        { element: <PublicLayout />, children: pagesIn('public') },
        {
          element: <RequireSession />,
          children: [
            {
              element: <AppLayout />,
              children: [
                ...pagesIn('signedIn'),
                { path: '/o/:organizationId', element: <RequireOrganization />, children: pagesIn('organization') },
                { path: '*', element: <NoAccessPage reason="not_found" /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
