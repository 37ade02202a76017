import { Outlet } from 'react-router';
import { useOrganizationInUrl } from '../app/layout/current-organization';
import { NoAccessPage } from '../app/no-access-page';

/** A network's (or provider's) own pages: a district, or a role without network.read, gets the explanation page. */
export function NetworkAreaGuard() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'network' || !organization.permissions.includes('network.read')) return <NoAccessPage reason="permission" />;
  return <Outlet />;
}

/** A district's page about its network, cohorts and coaches. */
export function DistrictNetworkGuard() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('organization.read')) return <NoAccessPage reason="permission" />;
  return <Outlet />;
}
