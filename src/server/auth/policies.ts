import type { Role } from '../platform/tables.js';

/**
 * What each role may do inside one organization. Every organization-scoped route names one of
 * these permissions; the checkpoint (checkpoint.ts) grants or refuses it.
 */
export const permissions = [
  'organization.read',
  'organization.manage',
  'members.read',
  'members.manage',
  'audit.read',
  'outbox.read',
  'districts.create',
  'plans.read',
  'plans.comment',
  'plans.edit',
  'plans.adopt',
  'process.read',
  'process.contribute',
  'process.review',
  'process.edit',
  'monitoring.read',
  'monitoring.update',
  'monitoring.manage',
  'engagement.read',
  'engagement.edit',
  'engagement.manage',
  // Accepting and hiding conversation statements (see the note on `planning` below).
  'engagement.moderate',
  // The district's data: reading datasets and indicators, and loading files and mapping them.
  'evidence.read',
  'evidence.edit',
  // A network's (or provider's) own work: its cohorts, dashboard and calendar; running them; and
  // reviewing its districts' deliverables.
  'network.read',
  'network.manage',
  'network.review',
] as const;
export type Permission = (typeof permissions)[number];

/**
 * Planners (the steering committee) and administrators run the planning cycle, write the plan and
 * take it to the board. They may moderate conversations too, beside the district's moderators.
 */
const planning: Permission[] = ['plans.read', 'plans.comment', 'plans.edit', 'plans.adopt', 'process.read', 'process.contribute', 'process.review', 'process.edit', 'monitoring.read', 'monitoring.update', 'monitoring.manage', 'engagement.read', 'engagement.edit', 'engagement.moderate', 'evidence.read', 'evidence.edit'];

const districtRoles: Record<'administrator' | 'planner' | 'contributor' | 'viewer' | 'moderator', readonly Permission[]> = {
  // Only administrators download who answered a confidential or identified survey.
  administrator: ['organization.read', 'organization.manage', 'members.read', 'members.manage', 'audit.read', 'outbox.read', ...planning, 'engagement.manage'],
  planner: ['organization.read', 'members.read', ...planning],
  // A contributor writes only the deliverables they own; the use-case checks the ownership.
  // A contributor updates only the measures and actions they own; the use-case checks the ownership.
  contributor: ['organization.read', 'plans.read', 'plans.comment', 'process.read', 'process.contribute', 'monitoring.read', 'monitoring.update', 'engagement.read', 'evidence.read'],
  viewer: ['organization.read', 'plans.read', 'process.read', 'monitoring.read', 'engagement.read', 'evidence.read'],
  // Issue 14: someone trusted to accept and hide conversation statements (and translate them) who
  // is not an administrator; otherwise they read what a viewer reads and change nothing.
  moderator: ['organization.read', 'plans.read', 'process.read', 'monitoring.read', 'engagement.read', 'engagement.moderate', 'evidence.read'],
};

const networkRoles: Record<'network_admin' | 'coach', readonly Permission[]> = {
  network_admin: ['organization.read', 'organization.manage', 'members.read', 'members.manage', 'audit.read', 'outbox.read', 'districts.create', 'network.read', 'network.manage', 'network.review'],
  coach: ['organization.read', 'members.read', 'network.read', 'network.review'],
};

/** A network administrator reads every district of the network; a coach reads the districts assigned. */
const networkRolesInDistrict: Record<'network_admin' | 'coach', readonly Permission[]> = {
  // Both review the deliverables of the districts they reach (the network's review across districts).
  network_admin: ['organization.read', 'members.read', 'plans.read', 'plans.comment', 'process.read', 'process.review', 'monitoring.read', 'engagement.read', 'evidence.read'],
  coach: ['organization.read', 'members.read', 'plans.read', 'plans.comment', 'process.read', 'process.review', 'monitoring.read', 'engagement.read', 'evidence.read'],
};

export const districtRoleNames = ['administrator', 'planner', 'contributor', 'viewer', 'moderator'] as const;
export const networkRoleNames = ['network_admin', 'coach'] as const;

export type AccessSource = 'member' | 'network';

export function permissionsFor(role: Role, organizationKind: 'district' | 'network', source: AccessSource): ReadonlySet<Permission> {
  if (source === 'network') {
    return new Set(role === 'network_admin' || role === 'coach' ? networkRolesInDistrict[role] : []);
  }
  if (organizationKind === 'district' && role in districtRoles) {
    return new Set(districtRoles[role as keyof typeof districtRoles]);
  }
  if (organizationKind === 'network' && role in networkRoles) {
    return new Set(networkRoles[role as keyof typeof networkRoles]);
  }
  return new Set();
}

export function isRoleValidFor(role: Role, organizationKind: 'district' | 'network'): boolean {
  return organizationKind === 'district'
    ? (districtRoleNames as readonly string[]).includes(role)
    : (networkRoleNames as readonly string[]).includes(role);
}

/** The role that may not be left without an active holder. */
export function adminRoleFor(organizationKind: 'district' | 'network'): Role {
  return organizationKind === 'district' ? 'administrator' : 'network_admin';
}
