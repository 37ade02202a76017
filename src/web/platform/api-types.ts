/** The shapes the server sends about organizations, people and the instance, as the API contract describes them. */
import type { DistrictRole, NetworkRole, OrganizationKind, Role } from '../app/api-types';

/** The roles each kind of organization offers, for invitations and role changes. */
export const districtRoles: readonly DistrictRole[] = ['administrator', 'planner', 'contributor', 'viewer', 'moderator'];
export const networkRoles: readonly NetworkRole[] = ['network_admin', 'coach'];

export function rolesFor(kind: OrganizationKind): readonly Role[] {
  return kind === 'network' ? networkRoles : districtRoles;
}

export interface Organization {
  id: string;
  kind: OrganizationKind;
  name: string;
  slug: string;
  networkId: string | null;
  version: number;
  createdAt: string;
}

export interface School {
  id: string;
  name: string;
  code: string | null;
}

export interface NetworkDistrict {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  version: number;
  joinedAt: string;
  districtIds?: string[];
  /** A coach's: what the coach does for the districts assigned ("Lead coach", "Data and diagnostics"). */
  responsibility?: string | null;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  invitedBy: string | null;
}

export interface InvitationPreview {
  email: string;
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  role: Role;
  hasAccount: boolean;
}

export interface AuditEvent {
  id: string;
  at: string;
  /** The contract leaves the actor's shape open; a label string is what the server stores. */
  actor: string | { name?: string; email?: string; label?: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type OutboxStatus = 'held' | 'pending' | 'sent' | 'failed';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  createdAt: string;
  token: string;
}
