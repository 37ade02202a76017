import type { Generated, Selectable } from 'kysely';
import type { Json, Timestamp } from '../db/schema.js';

/**
 * The platform's tables: organizations and their schools, people, memberships and coaches, sign-in
 * sessions, API tokens, one-time links, sign-in attempts, the audit log and the outbox.
 * The declaration at the end adds them to the one `DB` type (db/schema.ts); keep in step with db/migrations.
 */

export type OrganizationKind = 'district' | 'network';

export type Role = 'administrator' | 'planner' | 'contributor' | 'viewer' | 'moderator' | 'network_admin' | 'coach';

export interface OrganizationsTable {
  id: Generated<string>;
  kind: OrganizationKind;
  name: string;
  slug: string;
  network_id: string | null;
  /** Loaded as the demo: its demo people may have the known demo passwords. */
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SchoolsTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  code: string | null;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  locale: Generated<'en' | 'es'>;
  is_operator: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  id: Generated<string>;
  organization_id: string;
  user_id: string;
  role: Role;
  is_active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CoachAssignmentsTable {
  network_id: string;
  district_id: string;
  user_id: string;
  /** What the coach does for the district ("Lead coach"), shown to the district (0034). */
  responsibility: string | null;
  created_at: Timestamp;
}

/** A provider organisation a network matched to a district: its people reach the district (0034). */
export interface DistrictPartnersTable {
  district_id: string;
  network_id: string;
  partner_id: string;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface OneTimeTokensTable {
  id: Generated<string>;
  purpose: 'invitation' | 'password_reset';
  token_hash: string;
  email: string;
  user_id: string | null;
  organization_id: string | null;
  role: Role | null;
  created_by: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SignInAttemptsTable {
  id: Generated<string>;
  key: string;
  created_at: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<string>;
  organization_id: string | null;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  created_at: Timestamp;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  organization_id: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  status: 'held' | 'pending' | 'sent' | 'failed';
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  /** A participant's verification code: never listed, deleted once sent or given up (migration 0029). */
  is_private: Generated<boolean>;
}

export type Organization = Selectable<OrganizationsTable>;

export type User = Selectable<UsersTable>;

export type Membership = Selectable<MembershipsTable>;

declare module '../db/schema.js' {
  interface DB {
    organizations: OrganizationsTable;
    schools: SchoolsTable;
    users: UsersTable;
    memberships: MembershipsTable;
    coach_assignments: CoachAssignmentsTable;
    district_partners: DistrictPartnersTable;
    sessions: SessionsTable;
    api_tokens: ApiTokensTable;
    one_time_tokens: OneTimeTokensTable;
    sign_in_attempts: SignInAttemptsTable;
    audit_events: AuditEventsTable;
    outbox_messages: OutboxMessagesTable;
  }
}
