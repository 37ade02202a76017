/** The shapes the server sends, as the API contract describes them. */

export type Locale = 'en' | 'es';
export type OrganizationKind = 'district' | 'network';
export type DistrictRole = 'administrator' | 'planner' | 'contributor' | 'viewer';
export type NetworkRole = 'network_admin' | 'coach';
export type Role = DistrictRole | NetworkRole;
export type Permission =
  | 'organization.read'
  | 'organization.manage'
  | 'members.read'
  | 'members.manage'
  | 'audit.read'
  | 'outbox.read'
  | 'districts.create';

export const districtRoles: readonly DistrictRole[] = ['administrator', 'planner', 'contributor', 'viewer'];
export const networkRoles: readonly NetworkRole[] = ['network_admin', 'coach'];

export function rolesFor(kind: OrganizationKind): readonly Role[] {
  return kind === 'network' ? networkRoles : districtRoles;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isOperator: boolean;
}

export interface SessionOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  slug: string;
  networkId: string | null;
  role: Role;
  /** 'network': reached through a role in the district's network, not a membership of its own. */
  source: 'member' | 'network';
  permissions: Permission[];
}

export interface SessionResponse {
  user: Account;
  organizations: SessionOrganization[];
  csrfToken: string;
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
