import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../db/schema.js';

/**
 * Monitoring's tables: settings and people, owners, updates with revisions and evidence, actuals,
 * update links and reminders, the public site, PDSA cycles, Data Wise, check-ins and year closures.
 * The declaration at the end adds them to the one `DB` type (db/schema.ts); keep in step with db/migrations.
 */

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
  update_link_grace_days: Generated<number>;
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

/** The district's student groups (0015_student_groups.sql); none means the built-in list. */
export interface StudentGroupsTable {
  id: Generated<string>;
  organization_id: string;
  key: string;
  category: string;
  name: string;
  aliases: Json;
  is_retired: Generated<boolean>;
  position: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module '../db/schema.js' {
  interface DB {
    monitoring_settings: MonitoringSettingsTable;
    monitoring_people: MonitoringPeopleTable;
    plan_monitoring: PlanMonitoringTable;
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
    student_groups: StudentGroupsTable;
  }
}
