import { Outlet, type RouteObject } from 'react-router';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';

const studentGroupsPage = async () => ({ Component: (await import('./student-groups-page')).StudentGroupsPage });

/** A district's list; elsewhere the explanation page says why there is none. */
function StudentGroupsGuard() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('monitoring.read')) return <NoAccessPage reason="permission" />;
  return <Outlet />;
}

/** /o/:organizationId/student-groups: the district's student groups by reporting category. */
export const studentGroupRoutes: RouteObject[] = [{ path: 'student-groups', element: <StudentGroupsGuard />, children: [{ index: true, lazy: studentGroupsPage }] }];
