import type { OrganizationKind, Permission, SessionOrganization } from '../api-types';
import type { MessageKey } from '../i18n/dictionaries';
import type { IconName } from '../ui/icons';

export interface AreaLink {
  /** The path segment after /o/:organizationId ('' for the overview). */
  segment: string;
  label: MessageKey;
  icon: IconName;
  permission: Permission;
  /** Areas that exist only for some kinds of organization (plans belong to districts). */
  organizationKinds?: readonly OrganizationKind[];
}

/**
 * The product areas of an organization, in menu order. An area appears only when the user's
 * role in that organization grants its permission; areas not built yet are simply not listed.
 */
export const organizationAreas: readonly AreaLink[] = [
  { segment: '', label: 'nav.overview', icon: 'overview', permission: 'organization.read' },
  { segment: 'plans', label: 'nav.plans', icon: 'book', permission: 'plans.read', organizationKinds: ['district'] },
  { segment: 'process', label: 'nav.process', icon: 'check', permission: 'process.read', organizationKinds: ['district'] },
  { segment: 'tasks', label: 'nav.tasks', icon: 'inbox', permission: 'process.read', organizationKinds: ['district'] },
  { segment: 'updates', label: 'nav.updates', icon: 'success', permission: 'monitoring.read', organizationKinds: ['district'] },
  { segment: 'public-site', label: 'nav.publicSite', icon: 'globe', permission: 'monitoring.manage', organizationKinds: ['district'] },
  { segment: 'people', label: 'nav.people', icon: 'people', permission: 'members.read' },
  { segment: 'audit', label: 'nav.audit', icon: 'audit', permission: 'audit.read' },
  { segment: 'outbox', label: 'nav.outbox', icon: 'outbox', permission: 'outbox.read' },
  { segment: 'settings', label: 'nav.settings', icon: 'settings', permission: 'organization.manage' },
];

export function areasFor(organization: SessionOrganization | undefined): AreaLink[] {
  if (!organization) return [];
  return organizationAreas.filter(
    (area) => organization.permissions.includes(area.permission) && (!area.organizationKinds || area.organizationKinds.includes(organization.kind)),
  );
}

export function areaPath(organizationId: string, segment: string) {
  return segment ? `/o/${organizationId}/${segment}` : `/o/${organizationId}`;
}
