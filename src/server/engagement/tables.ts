import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../db/schema.js';

/**
 * Community engagement's tables: surveys and their responses, and the district's engagement
 * settings. The declaration at the end adds them to the one `DB` type (db/schema.ts); keep in step
 * with db/migrations.
 */

export type SurveyStatus = 'draft' | 'open' | 'closed';
export type ResponseChannel = 'web' | 'link' | 'kiosk' | 'paper';

export interface EngagementSettingsTable {
  organization_id: string;
  respondent_threshold: Generated<number>;
  representation_gap: Generated<number>;
  version: Generated<number>;
  updated_at: Generated<Timestamp>;
}

export interface SurveysTable {
  id: Generated<string>;
  organization_id: string;
  cycle_id: string | null;
  engagement_entry_id: string | null;
  title: string;
  /** The survey/v1 document (core/engagement/survey-format.ts). */
  document: Json;
  starter_key: string | null;
  status: Generated<SurveyStatus>;
  public_code: string | null;
  opens_at: Timestamp | null;
  closes_at: Timestamp | null;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  responses_version: Generated<number>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface SurveyResponsesTable {
  /** bigint: read as a string. */
  seq: Generated<string>;
  id: Generated<string>;
  survey_id: string;
  organization_id: string;
  submission_id: string;
  locale: string;
  answers: Json;
  channel: Generated<ResponseChannel>;
  respondent_name: string | null;
  respondent_email: string | null;
  entered_by: string | null;
  submitted_at: Generated<Timestamp>;
}

declare module '../db/schema.js' {
  interface DB {
    engagement_settings: EngagementSettingsTable;
    surveys: SurveysTable;
    survey_responses: SurveyResponsesTable;
  }
}
