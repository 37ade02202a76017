/**
 * The shapes the server sends that the shell itself uses (language, roles, permissions, the session),
 * as the API contract describes them. Each domain keeps its own in its api-types.ts.
 */

export type Locale = 'en' | 'es';
export type OrganizationKind = 'district' | 'network';
export type DistrictRole = 'administrator' | 'planner' | 'contributor' | 'viewer' | 'moderator';
export type NetworkRole = 'network_admin' | 'coach';
export type Role = DistrictRole | NetworkRole;
export type Permission =
  | 'organization.read'
  | 'organization.manage'
  | 'members.read'
  | 'members.manage'
  | 'audit.read'
  | 'outbox.read'
  | 'districts.create'
  | 'plans.read'
  | 'plans.comment'
  | 'plans.edit'
  | 'plans.adopt'
  | 'process.read'
  | 'process.contribute'
  | 'process.review'
  | 'process.edit'
  | 'monitoring.read'
  | 'monitoring.update'
  | 'monitoring.manage'
  | 'engagement.read'
  | 'engagement.edit'
  | 'engagement.manage'
  | 'engagement.moderate'
  | 'evidence.read'
  | 'evidence.edit'
  | 'network.read'
  | 'network.manage'
  | 'network.review';

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
  /** The demo district: invented data, whose people can be tried with demo passwords. */
  isDemo: boolean;
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
