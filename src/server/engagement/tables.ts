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
  /** The respondent page's words in languages other than English and Spanish (core/engagement/page-texts.ts). */
  page_texts: Json;
  version: Generated<number>;
  updated_at: Timestamp;
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
  created_at: Timestamp;
  updated_at: Timestamp;
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
  submitted_at: Timestamp;
  /** The stakeholder group it came through (a mailed invitation or a group's link); null for none. */
  stakeholder_group_id: Generated<string | null>;
}

export type PopulationDimension = 'role' | 'race_ethnicity' | 'home_language' | 'grade_band';

export interface PopulationsTable {
  organization_id: string;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface PopulationGroupsTable {
  id: Generated<string>;
  organization_id: string;
  /** '' is the district as a whole. */
  school: Generated<string>;
  dimension: PopulationDimension;
  key: string;
  label: string;
  count: number;
  source: Generated<'entered' | 'imported'>;
  position: number;
}

/** A district's own focus-group protocol (core/engagement/focus-groups/protocol-format.ts). */
export interface FocusGroupProtocolsTable {
  id: Generated<string>;
  organization_id: string;
  library_key: string | null;
  title: string;
  protocol: Json;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A focus group: a session of the cycle, its protocol as run and who was in the room. */
export interface FocusGroupsTable {
  id: Generated<string>;
  organization_id: string;
  cycle_id: string;
  session_id: string;
  protocol_id: string | null;
  library_key: string | null;
  protocol: Json;
  constituency: string;
  language: string;
  label: string | null;
  participant_count: number | null;
  facilitator: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FocusGroupNotesTable {
  id: Generated<string>;
  organization_id: string;
  focus_group_id: string;
  question_key: string;
  text: Generated<string>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface FocusGroupThemesTable {
  id: Generated<string>;
  organization_id: string;
  cycle_id: string;
  name: string;
  description: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FocusGroupCodesTable {
  id: Generated<string>;
  organization_id: string;
  note_id: string;
  theme_id: string;
  /** The words selected; null codes the whole note. */
  passage: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

/** Per text question: where finding its themes stands, and the version every change to them raises. */
export interface SurveyThemeSetsTable {
  survey_id: string;
  question_key: string;
  organization_id: string;
  status: Generated<'running' | 'done' | 'failed'>;
  requested_by: string | null;
  started_at: Timestamp;
  found_at: Timestamp | null;
  error: string | null;
  edited_at: Timestamp | null;
  version: Generated<number>;
}

/** A theme of a text question's answers: found automatically, then renamed, merged or split by the team. */
export interface SurveyThemesTable {
  id: Generated<string>;
  organization_id: string;
  survey_id: string;
  question_key: string;
  label: string;
  words: Json;
  is_label_edited: Generated<boolean>;
  position: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Which theme an answer (a response's text for one question) is in; theme_id null: not sorted. */
export interface SurveyThemeAnswersTable {
  response_id: string;
  question_key: string;
  organization_id: string;
  survey_id: string;
  theme_id: string | null;
  rank: Generated<number>;
}

/** An answer starred as a quote for reports. */
export interface SurveyAnswerStarsTable {
  response_id: string;
  question_key: string;
  organization_id: string;
  survey_id: string;
  starred_by: string | null;
  starred_at: Timestamp;
}

/**
 * A survey mailed to one contact as a personal link. For an anonymous survey only `has_responded`
 * tells that it was used: nothing says which response or when (response_id stays null).
 */
export interface SurveyInvitationsTable {
  id: Generated<string>;
  organization_id: string;
  survey_id: string;
  stakeholder_group_id: string | null;
  stakeholder_group_name: string | null;
  name: Generated<string>;
  email: string;
  language: string;
  token_hash: string;
  invited_by: string | null;
  sent_at: Timestamp;
  reminded_at: Timestamp | null;
  reminder_count: Generated<number>;
  has_responded: Generated<boolean>;
  response_id: string | null;
  opted_out_at: Timestamp | null;
}

/** An address that asked the district for no more survey invitations. */
export interface SurveyInvitationOptOutsTable {
  organization_id: string;
  email: string;
  opted_out_at: Timestamp;
}

declare module '../db/schema.js' {
  interface DB {
    engagement_settings: EngagementSettingsTable;
    surveys: SurveysTable;
    survey_responses: SurveyResponsesTable;
    populations: PopulationsTable;
    population_groups: PopulationGroupsTable;
    focus_group_protocols: FocusGroupProtocolsTable;
    focus_groups: FocusGroupsTable;
    focus_group_notes: FocusGroupNotesTable;
    focus_group_themes: FocusGroupThemesTable;
    focus_group_codes: FocusGroupCodesTable;
    survey_theme_sets: SurveyThemeSetsTable;
    survey_themes: SurveyThemesTable;
    survey_theme_answers: SurveyThemeAnswersTable;
    survey_answer_stars: SurveyAnswerStarsTable;
    survey_invitations: SurveyInvitationsTable;
    survey_invitation_opt_outs: SurveyInvitationOptOutsTable;
  }
}
