import { Outlet } from 'react-router';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';

/** Surveys belong to districts; a network (or a role without engagement.read) gets the explanation page. */
export function EngagementAreaGuard() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('engagement.read')) return <NoAccessPage reason="permission" />;
  return <Outlet />;
}
