import { useMatch } from 'react-router';
import type { SessionOrganization } from '../api-types';
import { useSignedIn } from '../session';

const lastOrganizationKey = 'waymark.lastOrganization';

/** The organization named in the URL (/o/:organizationId/...), if the user can reach it. */
export function useOrganizationInUrl(): { organizationId: string | null; organization: SessionOrganization | undefined } {
  const match = useMatch('/o/:organizationId/*');
  const { organizations } = useSignedIn();
  const organizationId = match?.params.organizationId ?? null;
  return { organizationId, organization: organizations.find((organization) => organization.id === organizationId) };
}

/**
 * The organization the navigation is about: the one in the URL, or on pages that belong to no
 * organization (account, instance outbox) the one used last, so the menu does not jump around.
 */
export function useNavigationOrganization(): SessionOrganization | undefined {
  const { organization } = useOrganizationInUrl();
  const { organizations } = useSignedIn();
  if (organization) return organization;
  const lastId = readLastOrganizationId();
  return organizations.find((candidate) => candidate.id === lastId) ?? organizations[0];
}

export function readLastOrganizationId(): string | null {
  try {
    return localStorage.getItem(lastOrganizationKey);
  } catch {
    return null;
  }
}

export function rememberOrganization(organizationId: string) {
  try {
    localStorage.setItem(lastOrganizationKey, organizationId);
  } catch {
    // Only a convenience; without storage the first organization is used.
  }
}

/** Where to land after sign-in: the organization used last, else the first one, else the account page. */
export function homePathFor(organizations: readonly SessionOrganization[]): string {
  const lastId = readLastOrganizationId();
  const target = organizations.find((organization) => organization.id === lastId) ?? organizations[0];
  return target ? `/o/${target.id}` : '/account';
}
