import { Outlet, type RouteObject } from 'react-router';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';

const populationPage = async () => ({ Component: (await import('./population-page')).PopulationPage });

/** A district's own numbers; elsewhere the explanation page says why there are none. */
function PopulationGuard() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('engagement.read')) return <NoAccessPage reason="permission" />;
  return <Outlet />;
}

/** /o/:organizationId/engagement/population: who the district serves. */
export const populationRoutes: RouteObject[] = [{ path: 'engagement/population', element: <PopulationGuard />, children: [{ index: true, lazy: populationPage }] }];
