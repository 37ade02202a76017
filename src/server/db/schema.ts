import type { ColumnType, Generated, Selectable } from 'kysely';

/** Kysely's view of the tables; keep in step with db/migrations. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined | null, string | null>;

export type OrganizationKind = 'district' | 'network';
export type Role = 'administrator' | 'planner' | 'contributor' | 'viewer' | 'network_admin' | 'coach';

export interface OrganizationsTable {
  id: Generated<string>;
  kind: OrganizationKind;
  name: string;
  slug: string;
  network_id: string | null;
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
}

export type PlanLifecycle = 'draft' | 'public_comment' | 'adopted' | 'amending' | 'archived';

export interface PlansTable {
  id: Generated<string>;
  organization_id: string;
  title: string;
  lifecycle: Generated<PlanLifecycle>;
  header: Json;
  adopted_version: number | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanElementsTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  parent_id: string | null;
  kind: 'goal' | 'measure' | 'strategy' | 'action';
  key: string;
  position: number;
  fields: Json;
  child_lists: Json;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_batch: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanVersionsTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  number: number;
  lifecycle: PlanLifecycle;
  label: string;
  document: Json;
  adoption: Json;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PlanCommentsTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  element_id: string | null;
  author_id: string | null;
  body: string;
  mentions: Json;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
}

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

export type YearBasis = 'school' | 'fiscal';
export type ActionStatus = 'not_started' | 'on_track' | 'at_risk' | 'off_track' | 'complete' | 'canceled';
export type UpdateSource = 'app' | 'link' | 'bulk';
export type ReminderKind = 'before' | 'overdue' | 'escalation' | 'digest';

export interface MonitoringSettingsTable {
  organization_id: string;
  year_basis: Generated<YearBasis>;
  school_year_start_month: Generated<number>;
  fiscal_year_start_month: Generated<number>;
  measure_due_days: Generated<number>;
  action_due_days: Generated<number>;
  remind_days_before: Generated<number>;
  remind_every_days: Generated<number>;
  escalate_after_days: Generated<number>;
  suppression_threshold: Generated<number>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface MonitoringPeopleTable {
  organization_id: string;
  user_id: string;
  supervisor_id: string | null;
  wants_daily_digest: Generated<boolean>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface PlanMonitoringTable {
  plan_id: string;
  organization_id: string;
  at_risk_progress: Generated<number>;
  weights: Json;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface ElementOwnersTable {
  plan_id: string;
  organization_id: string;
  element_key: string;
  user_id: string;
  created_at: Timestamp;
}

export interface ElementUpdatesTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  element_key: string;
  element_kind: 'measure' | 'action';
  period_label: string;
  period_ends_on: string | null;
  revision: number;
  posted_values: Json;
  happened: string | null;
  why: string | null;
  next_steps: string | null;
  action_status: ActionStatus | null;
  percent_complete: number | null;
  correction_note: string | null;
  source: UpdateSource;
  author_id: string | null;
  author_label: string;
  created_at: Timestamp;
}

export interface MeasureActualsTable {
  plan_id: string;
  organization_id: string;
  measure_key: string;
  period_label: string;
  period_ends_on: string | null;
  subgroup: Generated<string>;
  value: number | null;
  n: number | null;
  update_id: string | null;
  recorded_at: Timestamp;
}

export interface UpdateEvidenceTable {
  id: Generated<string>;
  update_id: string;
  organization_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
  created_at: Timestamp;
}

export interface UpdateLinksTable {
  id: Generated<string>;
  organization_id: string;
  plan_id: string;
  element_key: string;
  period_label: string;
  user_id: string;
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface UpdateRemindersTable {
  id: Generated<string>;
  organization_id: string;
  plan_id: string;
  element_key: string;
  period_label: string;
  user_id: string;
  kind: ReminderKind;
  sent_on: string;
  created_at: Timestamp;
}

export interface PublicSitesTable {
  organization_id: string;
  plan_id: string | null;
  is_published: Generated<boolean>;
  hidden_keys: Json;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface TextTranslationsTable {
  id: Generated<string>;
  organization_id: string;
  plan_id: string;
  subject: 'plan' | 'element' | 'update';
  subject_key: string;
  field: string;
  locale: 'en' | 'es';
  text: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface DB {
  organizations: OrganizationsTable;
  schools: SchoolsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  coach_assignments: CoachAssignmentsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  one_time_tokens: OneTimeTokensTable;
  sign_in_attempts: SignInAttemptsTable;
  audit_events: AuditEventsTable;
  outbox_messages: OutboxMessagesTable;
  plans: PlansTable;
  plan_elements: PlanElementsTable;
  plan_versions: PlanVersionsTable;
  plan_comments: PlanCommentsTable;
  committee_members: CommitteeMembersTable;
  stakeholder_groups: StakeholderGroupsTable;
  engagement_entries: EngagementEntriesTable;
  outreach_kits: OutreachKitsTable;
  outreach_items: OutreachItemsTable;
  outreach_sends: OutreachSendsTable;
  representation_targets: RepresentationTargetsTable;
  cycle_norms_versions: CycleNormsVersionsTable;
  planning_cycles: PlanningCyclesTable;
  cycle_phases: CyclePhasesTable;
  cycle_steps: CycleStepsTable;
  cycle_sessions: CycleSessionsTable;
  cycle_deliverables: CycleDeliverablesTable;
  cycle_deliverable_events: CycleDeliverableEventsTable;
  cycle_readiness_items: CycleReadinessItemsTable;
  cycle_session_records: CycleSessionRecordsTable;
  cycle_session_attendance: CycleSessionAttendanceTable;
  cycle_session_tasks: CycleSessionTasksTable;
  monitoring_settings: MonitoringSettingsTable;
  monitoring_people: MonitoringPeopleTable;
  plan_monitoring: PlanMonitoringTable;
  element_owners: ElementOwnersTable;
  element_updates: ElementUpdatesTable;
  measure_actuals: MeasureActualsTable;
  update_evidence: UpdateEvidenceTable;
  update_links: UpdateLinksTable;
  update_reminders: UpdateRemindersTable;
  public_sites: PublicSitesTable;
  text_translations: TextTranslationsTable;
  pdsa_cycles: PdsaCyclesTable;
  data_wise_trackers: DataWiseTrackersTable;
  data_wise_steps: DataWiseStepsTable;
  check_ins: CheckInsTable;
  check_in_follow_ups: CheckInFollowUpsTable;
  year_closures: YearClosuresTable;
}

export type Organization = Selectable<OrganizationsTable>;
export type User = Selectable<UsersTable>;
export type Membership = Selectable<MembershipsTable>;

export type PdsaStage = 'plan' | 'do' | 'study' | 'act';
export type PdsaDecision = 'adopt' | 'adapt' | 'abandon';
export type DataWiseStepStatus = 'not_started' | 'in_progress' | 'done';

export interface PdsaCyclesTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  element_key: string;
  element_kind: 'strategy' | 'action';
  previous_cycle_id: string | null;
  number: number;
  stage: Generated<PdsaStage>;
  change_idea: string;
  prediction: Generated<string>;
  measure: Generated<string>;
  started_on: string | null;
  what_happened: Generated<string>;
  study_findings: Generated<string>;
  decision: PdsaDecision | null;
  decision_notes: Generated<string>;
  decided_on: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DataWiseTrackersTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  strategy_key: string;
  title: string;
  team: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DataWiseStepsTable {
  tracker_id: string;
  organization_id: string;
  step: number;
  status: Generated<DataWiseStepStatus>;
  notes: Generated<string>;
  done_on: string | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface CheckInsTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  held_on: string;
  attendees: Json;
  since_on: string | null;
  agenda: Json;
  notes: Generated<string>;
  decisions: Json;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CheckInFollowUpsTable {
  id: Generated<string>;
  check_in_id: string;
  plan_id: string;
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

export interface YearClosuresTable {
  id: Generated<string>;
  organization_id: string;
  plan_id: string;
  year_label: string;
  year_ends_on: string;
  summary: Json;
  carried: Json;
  closed_by: string | null;
  closed_by_label: string;
  created_at: Timestamp;
}
