import type { ReactNode } from 'react';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';

/** Plans belong to districts; a network (or a role without plans.read) gets the explanation page. */
export function PlansAreaGuard({ children }: { children: ReactNode }) {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('plans.read')) return <NoAccessPage reason="permission" />;
  return <>{children}</>;
}
