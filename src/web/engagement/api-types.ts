/**
 * The shapes the server sends about surveys (src/server/engagement), as the API contract describes
 * them. Like the survey format they are snake_case: the document travels as it is stored.
 */
import type { LocalizedText, SurveyDocument, SurveyMode } from '../../core/engagement/survey-format';

export type { SurveyResults } from '../../core/engagement/survey-results-types';

export type SurveyStatus = 'draft' | 'open' | 'closed';

/** A title the server may send as the map of languages or already in the reader's language. */
export type ShownText = string | LocalizedText;

export interface SurveySummary {
  id: string;
  title: ShownText;
  status: SurveyStatus;
  mode: SurveyMode;
  languages: string[];
  public_code: string | null;
  opens_at: string | null;
  closes_at: string | null;
  cycle_id: string | null;
  engagement_entry_id: string | null;
  starter_key: string | null;
  responses: number;
  created_at: string;
  updated_at: string;
}

export interface MissingTranslationEntry {
  /** The text's JSON pointer in the document, without the language: "/questions/2/text". */
  path: string;
  language: string;
  /** The text in the first language that has it, to translate from. */
  source: string;
}

export interface SurveyDetail extends Omit<SurveySummary, 'mode' | 'languages'> {
  document: SurveyDocument;
  public_url: string | null;
  missing_translations: MissingTranslationEntry[];
  version: number;
}

export interface SurveyStarter {
  key: string;
  /** The process templates (planning frameworks) whose phases call for this survey, by id. */
  frameworks: string[];
  description: ShownText;
  /** Its title is the document's. */
  document: SurveyDocument;
}

/** A planning framework's name, from GET /api/process-templates. */
export interface FrameworkName {
  id: string;
  name: string;
}

export interface EngagementSettings {
  respondent_threshold: number;
  /** Percentage points a group's share of respondents may trail its share of the population before it is flagged. */
  representation_gap: number;
  version: number;
  updated_at: string | null;
}

/** The district's planning cycles and their engagement plan (the process domain's API), for linking a survey. */
export interface CycleChoice {
  id: string;
  name: string;
  startDate: string;
}

export interface CyclePhaseChoice {
  id: string;
  name: string;
}

export interface EngagementEntryChoice {
  id: string;
  stakeholderGroupId: string;
  phaseId: string;
  method: string;
  startDate: string | null;
}

export interface StakeholderGroupChoice {
  id: string;
  name: string;
}
