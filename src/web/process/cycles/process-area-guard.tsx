import type { ReactNode } from 'react';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';

/** Planning cycles belong to districts; a network (or a role without process.read) gets the explanation page. */
export function ProcessAreaGuard({ children }: { children: ReactNode }) {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('process.read')) return <NoAccessPage reason="permission" />;
  return <>{children}</>;
}
