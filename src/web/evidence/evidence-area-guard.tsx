import { Outlet } from 'react-router';
import { useOrganizationInUrl } from '../app/layout/current-organization';
import { NoAccessPage } from '../app/no-access-page';

/** The district's data belongs to districts; a network (or a role without evidence.read) gets the explanation page. */
export function EvidenceAreaGuard() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('evidence.read')) return <NoAccessPage reason="permission" />;
  return <Outlet />;
}
