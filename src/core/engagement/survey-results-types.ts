import type { LocalizedText, QuestionType } from './survey-format.js';

/**
 * What a survey's results look like wherever they leave the server (screens, exports, the summary
 * report, public pages): counts by group, every cell that could tell on a small group already
 * replaced by `{ suppressed: true }` with no count. The API sends this shape as is (snake_case,
 * like the survey format).
 */

/** A cell withheld to protect respondents: too few people, or one from which a hidden cell could be worked out. */
export interface Suppressed {
  suppressed: true;
  reason: 'small_group' | 'complement';
}
export type Count = number | Suppressed;

/**
 * One column of a breakdown: "all" (every respondent), one per option of the `by` question, and
 * "no_answer" for those who skipped it.
 */
export interface ResultGroup {
  key: string;
  label: LocalizedText;
  respondents: Count;
}

export interface OptionCounts {
  key: string;
  label: LocalizedText;
  /** By group key; percentages are count / answered of the same group. */
  counts: Record<string, Count>;
}

export interface NumberSummary {
  n: number;
  mean: number;
  median: number;
  min: number;
  max: number;
}

export interface RankedOption {
  key: string;
  label: LocalizedText;
  /** Mean position (1 = first) among those who ranked it, by group. */
  mean_rank: Record<string, number | Suppressed>;
  /** How many put it first, by group. */
  first: Record<string, Count>;
}

export interface QuestionResult {
  key: string;
  type: QuestionType;
  text: LocalizedText;
  /** How many answered this question, by group: "n answered" is always shown. */
  answered: Record<string, Count>;
  /** single, multi, likert: one row per option (Likert scale points, then "Don't know"). */
  options?: OptionCounts[];
  /** matrix: one block per item, each with the scale's options. */
  items?: { key: string; label: LocalizedText; answered: Record<string, Count>; options: OptionCounts[] }[];
  /** rank */
  ranking?: RankedOption[];
  /** number, by group */
  summary?: Record<string, NumberSummary | Suppressed>;
}

export interface SurveyResults {
  survey_id: string;
  /** Everyone who responded (the "all" group's respondents, itself suppressed when under the threshold). */
  respondents: Count;
  /** The district's threshold the results were protected with. */
  threshold: number;
  /** The question the results are broken down by, or null for totals only. */
  by: string | null;
  groups: ResultGroup[];
  questions: QuestionResult[];
}
