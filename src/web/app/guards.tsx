import { useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from './api-types';
import { useOrganizationInUrl, rememberOrganization, homePathFor } from './layout/current-organization';
import { useSession, useSignedIn } from './session';
import { NoAccessPage } from './no-access-page';

/** Every route waits for first-run setup; before it, the only page is the setup form. */
export function RequireSetupDone() {
  const { needsSetup } = useSession();
  return needsSetup ? <Navigate to="/setup" replace /> : <Outlet />;
}

/** Signed-in pages send visitors to sign in, and bring them back afterwards. */
export function RequireSession() {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** "/" lands signed-in users in their organization and everyone else on the sign-in page. */
export function HomeRedirect() {
  const { session } = useSession();
  return <Navigate to={session ? homePathFor(session.organizations) : '/sign-in'} replace />;
}

/** /o/:organizationId: checks the organization is one of the user's, and remembers it for next time. */
export function RequireOrganization() {
  const { organization } = useOrganizationInUrl();
  useEffect(() => {
    if (organization) rememberOrganization(organization.id);
  }, [organization]);
  if (!organization) return <NoAccessPage reason="organization" />;
  return <Outlet />;
}

/** An area the role does not open shows an explanation, not a blank page or a server 403. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { organization } = useOrganizationInUrl();
  if (!organization?.permissions.includes(permission)) return <NoAccessPage reason="permission" />;
  return <>{children}</>;
}

export function RequireOperator({ children }: { children: ReactNode }) {
  const { user } = useSignedIn();
  return user.isOperator ? <>{children}</> : <NoAccessPage reason="permission" />;
}
