import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../db/schema.js';

/**
 * The planning process's tables: cycles run from a template (phases, steps, sessions, deliverables,
 * readiness), the steering committee, norms, session records, stakeholder groups and the outreach kit.
 * The declaration at the end adds them to the one `DB` type (db/schema.ts); keep in step with db/migrations.
 */

export type DeliverableStatus = 'not_started' | 'in_progress' | 'in_review' | 'complete';

export type ReviewState = 'none' | 'approved' | 'changes_requested';

export type ReadinessState = 'open' | 'checked' | 'waived';

export type DeliverableEventKind = 'created' | 'edited' | 'status_changed' | 'approved' | 'changes_requested';

/** Dates of a cycle are ISO calendar days ("2026-01-05") stored as text. */
export interface PlanningCyclesTable {
  id: Generated<string>;
  organization_id: string;
  template_id: string;
  name: string;
  start_date: string;
  /** The plan this cycle produces (0008), same district; null until linked. */
  plan_id: string | null;
  /** Template session id -> index of the alternative chosen (0009); {} keeps the template's plan. */
  session_choices: Json;
  /** Ids of the template's optional paths the district takes (0009). */
  optional_paths: Json;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CyclePhasesTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  template_key: string | null;
  position: number;
  name: string;
  guiding_question: Generated<string>;
  purpose: Generated<string>;
  outcomes: Json;
  start_date: string;
  end_date: string;
  closed_at: Timestamp | null;
  closed_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CycleStepsTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  phase_id: string;
  position: number;
  text: string;
  links_to: string | null;
  is_done: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CycleSessionsTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  phase_id: string;
  template_key: string | null;
  position: number;
  name: string;
  format: string;
  audience: string | null;
  session_date: string;
  length_minutes: number | null;
  /** A length in words ("Half day") from the template's alternative (0009). */
  length_label: string | null;
  details: Json;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CycleDeliverablesTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  phase_id: string;
  template_key: string | null;
  letter: string | null;
  position: number;
  name: string;
  description: Generated<string>;
  done_when: Json;
  due_date: string;
  links_to: string | null;
  owner_id: string | null;
  reviewer_id: string | null;
  status: Generated<DeliverableStatus>;
  review_state: Generated<ReviewState>;
  document_url: string | null;
  document_text: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CycleDeliverableEventsTable {
  id: Generated<string>;
  deliverable_id: string;
  organization_id: string;
  actor_user_id: string | null;
  actor_label: string;
  kind: DeliverableEventKind;
  from_status: DeliverableStatus | null;
  to_status: DeliverableStatus | null;
  comment: string | null;
  changes: Json;
  created_at: Timestamp;
}

export interface CycleReadinessItemsTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  template_key: string | null;
  position: number;
  label: string;
  description: string | null;
  links_to: string | null;
  state: Generated<ReadinessState>;
  waiver_reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CommitteeMembersTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  user_id: string | null;
  name: string;
  constituency: string;
  committee_role: 'chair' | 'facilitator' | 'member' | 'sponsor';
  title: string | null;
  email: string | null;
  phone: string | null;
  is_active: Generated<boolean>;
  position: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RepresentationTargetsTable {
  cycle_id: string;
  organization_id: string;
  constituency: string;
  minimum: number;
}

export interface CycleNormsVersionsTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  number: number;
  norms: Json;
  notes: string | null;
  decision_method: 'consensus' | 'fist_to_five' | 'majority' | 'other';
  decision_description: string | null;
  decision_fallback: string | null;
  quorum: string | null;
  change_note: string | null;
  author_user_id: string | null;
  author_label: string;
  created_at: Timestamp;
}

export interface CycleSessionRecordsTable {
  session_id: string;
  cycle_id: string;
  organization_id: string;
  place: string | null;
  meeting_link: string | null;
  start_time: string | null;
  agenda: Json;
  minutes: Generated<string>;
  decisions: Json;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type AttendanceStatus = 'present' | 'absent' | 'excused';

export interface CycleSessionAttendanceTable {
  session_id: string;
  committee_member_id: string;
  cycle_id: string;
  organization_id: string;
  status: AttendanceStatus;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface CycleSessionTasksTable {
  id: Generated<string>;
  session_id: string;
  cycle_id: string;
  organization_id: string;
  position: number;
  title: string;
  owner_id: string | null;
  due_date: string;
  status: Generated<'open' | 'done'>;
  done_at: Timestamp | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StakeholderGroupsTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  name: string;
  constituency: string;
  description: Generated<string>;
  estimated_size: number | null;
  contacts: Json;
  notes: Generated<string>;
  position: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EngagementEntriesTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  group_id: string;
  phase_id: string;
  method: 'survey' | 'focus_group' | 'workshop' | 'town_hall' | 'exchange' | 'interview' | 'other';
  start_date: string | null;
  end_date: string | null;
  lead_user_id: string | null;
  status: Generated<'planned' | 'scheduled' | 'done' | 'cancelled'>;
  notes: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OutreachKitsTable {
  cycle_id: string;
  organization_id: string;
  created_at: Timestamp;
}

export interface OutreachItemsTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  kind: 'email_invitation' | 'talking_points' | 'script' | 'commitment' | 'agenda_template';
  title: string;
  subject: string | null;
  body: Generated<string>;
  position: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OutreachSendsTable {
  id: Generated<string>;
  cycle_id: string;
  organization_id: string;
  item_id: string | null;
  item_title: string;
  group_id: string | null;
  group_name: string;
  session_id: string | null;
  link: string | null;
  subject: string;
  sent_by: string | null;
  sent_by_label: string;
  recipient_count: number;
  recipients: Json;
  created_at: Timestamp;
}

declare module '../db/schema.js' {
  interface DB {
    planning_cycles: PlanningCyclesTable;
    cycle_phases: CyclePhasesTable;
    cycle_steps: CycleStepsTable;
    cycle_sessions: CycleSessionsTable;
    cycle_deliverables: CycleDeliverablesTable;
    cycle_deliverable_events: CycleDeliverableEventsTable;
    cycle_readiness_items: CycleReadinessItemsTable;
    committee_members: CommitteeMembersTable;
    representation_targets: RepresentationTargetsTable;
    cycle_norms_versions: CycleNormsVersionsTable;
    cycle_session_records: CycleSessionRecordsTable;
    cycle_session_attendance: CycleSessionAttendanceTable;
    cycle_session_tasks: CycleSessionTasksTable;
    stakeholder_groups: StakeholderGroupsTable;
    engagement_entries: EngagementEntriesTable;
    outreach_kits: OutreachKitsTable;
    outreach_items: OutreachItemsTable;
    outreach_sends: OutreachSendsTable;
  }
}
