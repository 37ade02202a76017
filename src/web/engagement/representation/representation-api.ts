import type { PopulationDimension } from '../../../core/engagement/population/population-groups';
import type { Count, Suppressed } from '../../../core/engagement/survey-results-types';

/** GET /api/surveys/{id}/representation: who answered against who the district serves. */
export interface RepresentationRow {
  key: string;
  label: string;
  respondents: Count;
  respondent_share: number | Suppressed;
  population_share: number;
  gap_points: number | Suppressed;
  is_under_represented: boolean;
}

export interface DimensionRepresentation {
  dimension: PopulationDimension;
  question_key: string;
  question_text: Record<string, string>;
  respondents: Count;
  is_multiple: boolean;
  unmatched_options: { key: string; label: Record<string, string> }[];
  rows: RepresentationRow[];
}

export interface SurveyRepresentation {
  survey_id: string;
  school: string;
  schools: string[];
  threshold: number;
  gap_points: number;
  dimensions: DimensionRepresentation[];
  missing_population: PopulationDimension[];
  outreach: {
    cycle_id: string;
    public_url: string | null;
    items: { id: string; title: string }[];
    groups: { id: string; name: string; constituency: string; contacts: number; is_suggested: boolean }[];
  } | null;
}

export const representationApi = {
  representation: (surveyId: string, school: string) => `/api/surveys/${surveyId}/representation${school ? `?school=${encodeURIComponent(school)}` : ''}`,
  outreach: (surveyId: string) => `/api/surveys/${surveyId}/outreach`,
};
