import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../db/schema.js';

/**
 * The network's tables (migration 0034): its vetted providers, its cohorts with their shared
 * calendar and member districts, the districts' enrolment documents, the review rubrics, the strategy bank with its adoptions, the
 * cohort's resources, attendance and discussions, and a consultancy's client engagements with their hours, and
 * benchmarks (the network's measures, the districts' opt-in shares, their profiles). The
 * declaration at the end adds them to the one `DB` type (db/schema.ts). Which provider is matched to
 * a district is the platform's (district_partners): it decides who may read the district.
 */

export type CohortDistrictStatus = 'invited' | 'enrolled' | 'withdrawn';
export type CohortEventKind = 'milestone' | 'session';
export type EnrolmentDocumentKind = 'notice_of_intent' | 'letter_of_commitment' | 'other';

export interface NetworkProvidersTable {
  organization_id: string;
  provider_id: string;
  services: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CohortsTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  school_year: string;
  template_id: string;
  start_date: string;
  description: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CohortEventsTable {
  id: Generated<string>;
  cohort_id: string;
  organization_id: string;
  kind: CohortEventKind;
  title: string;
  event_date: string;
  start_time: string | null;
  location: string | null;
  details: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CohortDistrictsTable {
  cohort_id: string;
  district_id: string;
  organization_id: string;
  status: Generated<CohortDistrictStatus>;
  cycle_id: string | null;
  invited_by: string | null;
  invited_at: Timestamp;
  enrolled_by: string | null;
  enrolled_at: Timestamp | null;
  version: Generated<number>;
}

export interface EnrolmentDocumentsTable {
  id: Generated<string>;
  cohort_id: string;
  district_id: string;
  kind: EnrolmentDocumentKind;
  file_name: string | null;
  content_type: string | null;
  size_bytes: number | null;
  content: Buffer | null;
  signer_name: string | null;
  signer_title: string | null;
  statement: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ReviewRubricsTable {
  id: Generated<string>;
  organization_id: string;
  template_id: string;
  deliverable_key: string;
  name: string;
  /** [{ label, description, levels: [{ label, description }] }] */
  criteria: Json;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BankStrategiesTable {
  id: Generated<string>;
  organization_id: string;
  title: string;
  summary: Generated<string>;
  essa_tier: number;
  study_citation: string;
  study_url: string | null;
  /** string[] */
  problems: Json;
  cost: Generated<string>;
  /** [{ name, unit }] */
  measures: Json;
  /** string[] */
  actions: Json;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StrategyAdoptionsTable {
  id: Generated<string>;
  strategy_id: string;
  organization_id: string;
  plan_id: string;
  element_key: string;
  named_with_consent: Generated<boolean>;
  adopted_by: string | null;
  adopted_at: Timestamp;
}

export interface NetworkResourcesTable {
  id: Generated<string>;
  organization_id: string;
  cohort_id: string;
  event_id: string | null;
  phase_key: string | null;
  title: string;
  description: Generated<string>;
  kind: 'file' | 'link';
  url: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: number | null;
  content: Buffer | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CohortAttendanceTable {
  id: Generated<string>;
  event_id: string;
  cohort_id: string;
  district_id: string;
  person_name: string;
  role: string;
  attended: Generated<boolean>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface CohortDiscussionsTable {
  id: Generated<string>;
  cohort_id: string;
  title: string;
  body: string;
  author_id: string | null;
  author_district_id: string | null;
  created_at: Timestamp;
  last_reply_at: Timestamp;
}

export interface CohortDiscussionRepliesTable {
  id: Generated<string>;
  discussion_id: string;
  body: string;
  author_id: string | null;
  author_district_id: string | null;
  created_at: Timestamp;
}

export interface ClientEngagementsTable {
  id: Generated<string>;
  organization_id: string;
  district_id: string;
  title: string;
  starts_on: string;
  ends_on: string;
  /** numeric: pg returns a string */
  hours_purchased: string | number;
  /** [{ month, services, outcomes }] */
  scope: Json;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EngagementHoursTable {
  id: Generated<string>;
  engagement_id: string;
  coach_id: string | null;
  coach_name: string;
  worked_on: string;
  /** numeric: pg returns a string */
  hours: string | number;
  activity: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface BenchmarkMeasuresTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  description: Generated<string>;
  unit: string;
  direction: 'increase' | 'decrease';
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BenchmarkSharesTable {
  benchmark_id: string;
  district_id: string;
  plan_id: string;
  measure_key: string;
  named_with_consent: Generated<boolean>;
  shared_by: string | null;
  shared_at: Timestamp;
}

export interface DistrictProfilesTable {
  district_id: string;
  enrolment: number | null;
  /** numeric: pg returns a string */
  poverty_percent: string | number | null;
  locale: 'city' | 'suburb' | 'town' | 'rural' | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

declare module '../db/schema.js' {
  interface DB {
    network_providers: NetworkProvidersTable;
    cohorts: CohortsTable;
    cohort_events: CohortEventsTable;
    cohort_districts: CohortDistrictsTable;
    enrolment_documents: EnrolmentDocumentsTable;
    review_rubrics: ReviewRubricsTable;
    bank_strategies: BankStrategiesTable;
    strategy_adoptions: StrategyAdoptionsTable;
    network_resources: NetworkResourcesTable;
    cohort_attendance: CohortAttendanceTable;
    cohort_discussions: CohortDiscussionsTable;
    cohort_discussion_replies: CohortDiscussionRepliesTable;
    client_engagements: ClientEngagementsTable;
    engagement_hours: EngagementHoursTable;
    benchmark_measures: BenchmarkMeasuresTable;
    benchmark_shares: BenchmarkSharesTable;
    district_profiles: DistrictProfilesTable;
  }
}
