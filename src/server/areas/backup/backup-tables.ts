import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { emailSchema, localeSchema, roleSchema } from '../../http/common.schema.js';
import { column, type BackupRow } from './backup-columns.js';

type TableName = keyof DB & string;
type ColumnOf<T extends TableName> = keyof DB[T] & string;

/** A column pointing at an organization outside the district, which the target database may lack. */
export interface OutsideOrganizationColumn {
  column: string;
  /** `clear` sets a nullable reference to null; `skip-row` leaves the row out of the restore. */
  whenMissing: 'clear' | 'skip-row';
}

/** One table of a district backup, as the backup and restore use-cases read it. */
export interface BackupTable {
  table: TableName;
  /** Equals the district's id on every row that belongs to the district. */
  districtColumn: string;
  columnNames: readonly string[];
  /** Strict: a column this version does not know is refused rather than silently dropped. */
  row: z.ZodType<BackupRow>;
  /** Columns holding users.id; those users travel with the backup and are matched by email on restore. */
  userColumns: readonly string[];
  outsideOrganizationColumns: readonly OutsideOrganizationColumn[];
  /** A bigserial key, renumbered on restore because the target has already used its numbers. */
  serialColumn: string | null;
  /** The last change to a row before it is written back. */
  prepareRow: (row: BackupRow) => BackupRow;
  /** The order rows are inserted in, for tables whose rows point at each other. */
  orderRows: (rows: BackupRow[]) => BackupRow[];
}

/** Columns are checked against the Kysely types at compile time: every column needs a schema. */
interface BackupTableDefinition<T extends TableName> {
  table: T;
  districtColumn: ColumnOf<T>;
  columns: { [C in ColumnOf<T>]: z.ZodType };
  userColumns?: readonly ColumnOf<T>[];
  outsideOrganizationColumns?: readonly { column: ColumnOf<T>; whenMissing: 'clear' | 'skip-row' }[];
  serialColumn?: ColumnOf<T>;
  prepareRow?: (row: BackupRow) => BackupRow;
  orderRows?: (rows: BackupRow[]) => BackupRow[];
}

function backupTable<T extends TableName>(definition: BackupTableDefinition<T>): BackupTable {
  return {
    table: definition.table,
    districtColumn: definition.districtColumn,
    columnNames: Object.keys(definition.columns),
    row: rowSchema(definition.columns),
    userColumns: definition.userColumns ?? [],
    outsideOrganizationColumns: definition.outsideOrganizationColumns ?? [],
    serialColumn: definition.serialColumn ?? null,
    prepareRow: definition.prepareRow ?? ((row) => row),
    orderRows: definition.orderRows ?? ((rows) => rows),
  };
}

function rowSchema(columns: Record<string, z.ZodType>): z.ZodType<BackupRow> {
  return z.strictObject(columns) as z.ZodType<BackupRow>;
}

/**
 * Every table that holds a district's data, parents before children (the order rows are
 * inserted on restore, and deleted in reverse by --replace). A product area that adds a table
 * adds one entry here; the backup, the restore and their tests pick it up. A table needs a
 * column holding the district's id. Numbers travel as JSON numbers, so a future numeric column
 * with more than 15 significant digits would need to travel as text.
 */
export const backupTables: readonly BackupTable[] = [
  backupTable({
    table: 'organizations',
    districtColumn: 'id',
    columns: {
      id: column.id,
      kind: z.literal('district', { error: 'must be "district": a backup holds one district' }),
      name: column.text,
      slug: column.text,
      network_id: column.id.nullable(),
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    outsideOrganizationColumns: [{ column: 'network_id', whenMissing: 'clear' }],
  }),
  backupTable({
    table: 'schools',
    districtColumn: 'organization_id',
    columns: { id: column.id, organization_id: column.id, name: column.text, code: column.text.nullable(), created_at: column.timestamp },
  }),
  backupTable({
    table: 'memberships',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      user_id: column.id,
      role: roleSchema,
      is_active: column.boolean,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['user_id'],
  }),
  backupTable({
    table: 'coach_assignments',
    districtColumn: 'district_id',
    columns: { network_id: column.id, district_id: column.id, user_id: column.id, created_at: column.timestamp },
    userColumns: ['user_id'],
    // An assignment means nothing without its network, and network_id cannot be null.
    outsideOrganizationColumns: [{ column: 'network_id', whenMissing: 'skip-row' }],
  }),
  backupTable({
    table: 'one_time_tokens',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      purpose: z.enum(['invitation', 'password_reset']),
      token_hash: column.text,
      email: column.text,
      user_id: column.id.nullable(),
      organization_id: column.id,
      role: roleSchema.nullable(),
      created_by: column.id.nullable(),
      expires_at: column.timestamp,
      used_at: column.timestamp.nullable(),
      revoked_at: column.timestamp.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['user_id', 'created_by'],
  }),
  backupTable({
    table: 'audit_events',
    districtColumn: 'organization_id',
    columns: {
      id: column.serial,
      organization_id: column.id,
      actor_user_id: column.id.nullable(),
      actor_label: column.text,
      action: column.text,
      entity_type: column.text,
      entity_id: column.text.nullable(),
      before: column.json.nullable(),
      after: column.json.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['actor_user_id'],
    serialColumn: 'id',
  }),
  backupTable({
    table: 'outbox_messages',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      to_address: column.text,
      subject: column.text,
      body_text: column.text,
      status: z.enum(['held', 'pending', 'sent', 'failed']),
      attempts: column.integer,
      last_error: column.text.nullable(),
      created_at: column.timestamp,
      sent_at: column.timestamp.nullable(),
    },
    // The server sends pending mail when it starts: a restore must not send weeks-old mail.
    prepareRow: (row) => (row.status === 'pending' ? { ...row, status: 'held' } : row),
  }),
  backupTable({
    table: 'plans',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      title: column.text,
      lifecycle: z.enum(['draft', 'public_comment', 'adopted', 'amending', 'archived']),
      header: column.json,
      adopted_version: column.integer.nullable(),
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['created_by'],
  }),
  backupTable({
    table: 'plan_elements',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      parent_id: column.id.nullable(),
      kind: z.enum(['goal', 'measure', 'strategy', 'action']),
      key: column.text,
      position: column.integer,
      fields: column.json,
      child_lists: column.json,
      version: column.integer,
      deleted_at: column.timestamp.nullable(),
      deleted_batch: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    orderRows: parentsFirst,
  }),
  backupTable({
    table: 'plan_versions',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      number: column.integer,
      lifecycle: z.enum(['draft', 'public_comment', 'adopted', 'amending', 'archived']),
      label: column.text,
      document: column.json,
      adoption: column.json.nullable(),
      created_by: column.id.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['created_by'],
  }),
  backupTable({
    table: 'plan_comments',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      element_id: column.id.nullable(),
      author_id: column.id.nullable(),
      body: column.text,
      mentions: column.json,
      resolved_at: column.timestamp.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['author_id'],
  }),
  backupTable({
    table: 'planning_cycles',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      template_id: column.text,
      name: column.text,
      start_date: column.text,
      // Optional: backups written before 0008 have no plan link.
      plan_id: column.id.nullable().optional(),
      // Optional: backups written before 0009 have no choices.
      session_choices: column.json.optional(),
      optional_paths: column.json.optional(),
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['created_by'],
  }),
  backupTable({
    table: 'cycle_phases',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      template_key: column.text.nullable(),
      position: column.integer,
      name: column.text,
      guiding_question: column.text,
      purpose: column.text,
      outcomes: column.json,
      start_date: column.text,
      end_date: column.text,
      closed_at: column.timestamp.nullable(),
      closed_by: column.id.nullable(),
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['closed_by'],
  }),
  backupTable({
    table: 'cycle_steps',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      phase_id: column.id,
      position: column.integer,
      text: column.text,
      links_to: column.text.nullable(),
      is_done: column.boolean,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'cycle_sessions',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      phase_id: column.id,
      template_key: column.text.nullable(),
      position: column.integer,
      name: column.text,
      format: column.text,
      audience: column.text.nullable(),
      session_date: column.text,
      length_minutes: column.integer.nullable(),
      length_label: column.text.nullable().optional(),
      details: column.json,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'cycle_deliverables',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      phase_id: column.id,
      template_key: column.text.nullable(),
      letter: column.text.nullable(),
      position: column.integer,
      name: column.text,
      description: column.text,
      done_when: column.json,
      due_date: column.text,
      links_to: column.text.nullable(),
      owner_id: column.id.nullable(),
      reviewer_id: column.id.nullable(),
      status: z.enum(['not_started', 'in_progress', 'in_review', 'complete']),
      review_state: z.enum(['none', 'approved', 'changes_requested']),
      document_url: column.text.nullable(),
      document_text: column.text.nullable(),
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['owner_id', 'reviewer_id'],
  }),
  backupTable({
    table: 'cycle_deliverable_events',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      deliverable_id: column.id,
      organization_id: column.id,
      actor_user_id: column.id.nullable(),
      actor_label: column.text,
      kind: z.enum(['created', 'edited', 'status_changed', 'approved', 'changes_requested']),
      from_status: column.text.nullable(),
      to_status: column.text.nullable(),
      comment: column.text.nullable(),
      changes: column.json.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['actor_user_id'],
  }),
  backupTable({
    table: 'cycle_readiness_items',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      template_key: column.text.nullable(),
      position: column.integer,
      label: column.text,
      description: column.text.nullable(),
      links_to: column.text.nullable(),
      state: z.enum(['open', 'checked', 'waived']),
      waiver_reason: column.text.nullable(),
      decided_by: column.id.nullable(),
      decided_at: column.timestamp.nullable(),
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['decided_by'],
  }),
  backupTable({
    table: 'committee_members',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      user_id: column.id.nullable(),
      name: column.text,
      constituency: column.text,
      committee_role: z.enum(['chair', 'facilitator', 'member', 'sponsor']),
      title: column.text.nullable(),
      email: column.text.nullable(),
      phone: column.text.nullable(),
      is_active: column.boolean,
      position: column.integer,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['user_id'],
  }),
  backupTable({
    table: 'representation_targets',
    districtColumn: 'organization_id',
    columns: { cycle_id: column.id, organization_id: column.id, constituency: column.text, minimum: column.integer },
  }),
  backupTable({
    table: 'stakeholder_groups',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      name: column.text,
      constituency: column.text,
      description: column.text,
      estimated_size: column.integer.nullable(),
      contacts: column.json,
      notes: column.text,
      position: column.integer,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'engagement_entries',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      group_id: column.id,
      phase_id: column.id,
      method: z.enum(['survey', 'focus_group', 'workshop', 'town_hall', 'exchange', 'interview', 'other']),
      start_date: column.text.nullable(),
      end_date: column.text.nullable(),
      lead_user_id: column.id.nullable(),
      status: z.enum(['planned', 'scheduled', 'done', 'cancelled']),
      notes: column.text,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['lead_user_id'],
  }),
  backupTable({
    table: 'outreach_kits',
    districtColumn: 'organization_id',
    columns: { cycle_id: column.id, organization_id: column.id, created_at: column.timestamp },
  }),
  backupTable({
    table: 'outreach_items',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      kind: z.enum(['email_invitation', 'talking_points', 'script', 'commitment', 'agenda_template']),
      title: column.text,
      subject: column.text.nullable(),
      body: column.text,
      position: column.integer,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'outreach_sends',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      item_id: column.id.nullable(),
      item_title: column.text,
      group_id: column.id.nullable(),
      group_name: column.text,
      session_id: column.id.nullable(),
      link: column.text.nullable(),
      subject: column.text,
      sent_by: column.id.nullable(),
      sent_by_label: column.text,
      recipient_count: column.integer,
      recipients: column.json,
      created_at: column.timestamp,
    },
    userColumns: ['sent_by'],
  }),
  backupTable({
    table: 'cycle_session_records',
    districtColumn: 'organization_id',
    columns: {
      session_id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      place: column.text.nullable(),
      meeting_link: column.text.nullable(),
      start_time: column.text.nullable(),
      agenda: column.json.nullable(),
      minutes: column.text,
      decisions: column.json,
      updated_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['updated_by'],
  }),
  backupTable({
    table: 'cycle_session_attendance',
    districtColumn: 'organization_id',
    columns: {
      session_id: column.id,
      committee_member_id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      status: z.enum(['present', 'absent', 'excused']),
      recorded_by: column.id.nullable(),
      recorded_at: column.timestamp,
    },
    userColumns: ['recorded_by'],
  }),
  backupTable({
    table: 'cycle_session_tasks',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      session_id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      position: column.integer,
      title: column.text,
      owner_id: column.id.nullable(),
      due_date: column.text,
      status: z.enum(['open', 'done']),
      done_at: column.timestamp.nullable(),
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['owner_id', 'created_by'],
  }),
  backupTable({
    table: 'cycle_norms_versions',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      cycle_id: column.id,
      organization_id: column.id,
      number: column.integer,
      norms: column.json,
      notes: column.text.nullable(),
      decision_method: z.enum(['consensus', 'fist_to_five', 'majority', 'other']),
      decision_description: column.text.nullable(),
      decision_fallback: column.text.nullable(),
      quorum: column.text.nullable(),
      change_note: column.text.nullable(),
      author_user_id: column.id.nullable(),
      author_label: column.text,
      created_at: column.timestamp,
    },
    userColumns: ['author_user_id'],
  }),
  backupTable({
    table: 'monitoring_settings',
    districtColumn: 'organization_id',
    columns: {
      organization_id: column.id,
      year_basis: z.enum(['school', 'fiscal']),
      school_year_start_month: column.integer,
      fiscal_year_start_month: column.integer,
      measure_due_days: column.integer,
      action_due_days: column.integer,
      remind_days_before: column.integer,
      remind_every_days: column.integer,
      escalate_after_days: column.integer,
      suppression_threshold: column.integer,
      version: column.integer,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'monitoring_people',
    districtColumn: 'organization_id',
    columns: {
      organization_id: column.id,
      user_id: column.id,
      supervisor_id: column.id.nullable(),
      wants_daily_digest: column.boolean,
      version: column.integer,
      updated_at: column.timestamp,
    },
    userColumns: ['user_id', 'supervisor_id'],
  }),
  backupTable({
    table: 'plan_monitoring',
    districtColumn: 'organization_id',
    columns: { plan_id: column.id, organization_id: column.id, at_risk_progress: z.number(), weights: column.json, version: column.integer, updated_at: column.timestamp },
  }),
  backupTable({
    table: 'element_owners',
    districtColumn: 'organization_id',
    columns: { plan_id: column.id, organization_id: column.id, element_key: column.text, user_id: column.id, created_at: column.timestamp },
    userColumns: ['user_id'],
  }),
  backupTable({
    table: 'element_updates',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      element_key: column.text,
      element_kind: z.enum(['measure', 'action']),
      period_label: column.text,
      period_ends_on: column.text.nullable(),
      revision: column.integer,
      posted_values: column.json,
      happened: column.text.nullable(),
      why: column.text.nullable(),
      next_steps: column.text.nullable(),
      action_status: z.enum(['not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'canceled']).nullable(),
      percent_complete: z.number().nullable(),
      correction_note: column.text.nullable(),
      source: z.enum(['app', 'link', 'bulk']),
      author_id: column.id.nullable(),
      author_label: column.text,
      created_at: column.timestamp,
    },
    userColumns: ['author_id'],
  }),
  backupTable({
    table: 'measure_actuals',
    districtColumn: 'organization_id',
    columns: {
      plan_id: column.id,
      organization_id: column.id,
      measure_key: column.text,
      period_label: column.text,
      period_ends_on: column.text.nullable(),
      subgroup: column.text,
      value: z.number().nullable(),
      n: column.integer.nullable(),
      update_id: column.id.nullable(),
      recorded_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'update_evidence',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      update_id: column.id,
      organization_id: column.id,
      file_name: column.text,
      content_type: column.text,
      size_bytes: column.integer,
      // bytea travels in PostgreSQL's hex form (\\x...), which the restore reads back as is.
      content: column.text,
      created_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'update_links',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      plan_id: column.id,
      element_key: column.text,
      period_label: column.text,
      user_id: column.id,
      token_hash: column.text,
      expires_at: column.timestamp,
      used_at: column.timestamp.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['user_id'],
  }),
  backupTable({
    table: 'update_reminders',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      plan_id: column.id,
      element_key: column.text,
      period_label: column.text,
      user_id: column.id,
      kind: z.enum(['before', 'overdue', 'escalation', 'digest']),
      sent_on: column.text,
      created_at: column.timestamp,
    },
    userColumns: ['user_id'],
  }),
  backupTable({
    table: 'pdsa_cycles',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      element_key: column.text,
      element_kind: z.enum(['strategy', 'action']),
      previous_cycle_id: column.id.nullable(),
      number: column.integer,
      stage: z.enum(['plan', 'do', 'study', 'act']),
      change_idea: column.text,
      prediction: column.text,
      measure: column.text,
      started_on: column.text.nullable(),
      what_happened: column.text,
      study_findings: column.text,
      decision: z.enum(['adopt', 'adapt', 'abandon']).nullable(),
      decision_notes: column.text,
      decided_on: column.text.nullable(),
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['created_by'],
    orderRows: previousCyclesFirst,
  }),
  backupTable({
    table: 'data_wise_trackers',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      strategy_key: column.text,
      title: column.text,
      team: column.text,
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['created_by'],
  }),
  backupTable({
    table: 'data_wise_steps',
    districtColumn: 'organization_id',
    columns: {
      tracker_id: column.id,
      organization_id: column.id,
      step: column.integer,
      status: z.enum(['not_started', 'in_progress', 'done']),
      notes: column.text,
      done_on: column.text.nullable(),
      version: column.integer,
      updated_by: column.id.nullable(),
      updated_at: column.timestamp,
    },
    userColumns: ['updated_by'],
  }),
  backupTable({
    table: 'check_ins',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      held_on: column.text,
      // Attendees name members by user id inside the JSON; a restore elsewhere keeps their names.
      attendees: column.json,
      since_on: column.text.nullable(),
      agenda: column.json,
      notes: column.text,
      decisions: column.json,
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['created_by'],
  }),
  backupTable({
    table: 'check_in_follow_ups',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      check_in_id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      position: column.integer,
      title: column.text,
      owner_id: column.id.nullable(),
      due_date: column.text,
      status: z.enum(['open', 'done']),
      done_at: column.timestamp.nullable(),
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['owner_id', 'created_by'],
  }),
  backupTable({
    table: 'public_sites',
    districtColumn: 'organization_id',
    columns: { organization_id: column.id, plan_id: column.id.nullable(), is_published: column.boolean, hidden_keys: column.json, version: column.integer, updated_at: column.timestamp },
  }),
  backupTable({
    table: 'text_translations',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      plan_id: column.id,
      subject: z.enum(['plan', 'element', 'update']),
      subject_key: column.text,
      field: column.text,
      locale: z.enum(['en', 'es']),
      text: column.text,
      updated_by: column.id.nullable(),
      updated_at: column.timestamp,
    },
    userColumns: ['updated_by'],
  }),
];

/** A PDSA cycle points at the cycle it follows: insert each chain from its first cycle on. */
function previousCyclesFirst(rows: BackupRow[]): BackupRow[] {
  return parentsFirst(rows.map((row) => ({ ...row, parent_id: row.previous_cycle_id ?? null }))).map(({ parent_id: _, ...row }) => row);
}

/** Elements point at their parent element: insert goals, then their children, and so on down. */
function parentsFirst(rows: BackupRow[]): BackupRow[] {
  const placed = new Set<unknown>([null]);
  const ordered: BackupRow[] = [];
  let pending = rows;
  while (pending.length) {
    const ready = pending.filter((row) => placed.has(row.parent_id ?? null));
    // A parent missing from the backup would loop forever; the foreign key will name it instead.
    if (!ready.length) return [...ordered, ...pending];
    for (const row of ready) placed.add(row.id);
    ordered.push(...ready);
    pending = pending.filter((row) => !placed.has(row.id));
  }
  return ordered;
}

const userColumns = {
  id: column.id,
  email: emailSchema,
  name: column.text,
  password_hash: column.text.nullable(),
  locale: localeSchema,
  is_operator: column.boolean,
  version: column.integer,
  created_at: column.timestamp,
  updated_at: column.timestamp,
} satisfies { [C in ColumnOf<'users'>]: z.ZodType };

/**
 * The people the district's rows point at. Users are shared between organizations, so they are
 * not tied to the district: a restore matches them by email and keeps an existing account as is.
 */
export const backupUsers = { table: 'users' as const, columnNames: Object.keys(userColumns), row: rowSchema(userColumns) };
