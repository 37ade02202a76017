import type { FocusGroupSynthesis } from '../focus-groups/synthesize-focus-groups.js';
import type { DimensionRepresentation } from '../population/survey-representation.js';
import type { PopulationDimension } from '../population/population-groups.js';
import type { SurveyDocument } from '../survey-format.js';
import type { SurveyResults } from '../survey-results-types.js';
import type { SummaryConversation } from './summary-conversations.js';
import type { SummaryWords } from './summary-words.js';

/**
 * What an engagement summary is made from: plain data the server reads through the results'
 * own rule (every count already protected), so the document can only print what the results
 * screen shows.
 */
export interface EngagementSummaryInput {
  organizationName: string;
  /** One survey, or one phase of a planning cycle (its surveys, conversations and focus groups). */
  scope: { kind: 'survey' } | { kind: 'phase'; cycleName: string; phaseName: string };
  /** The day the summary is made, 2026-05-03. */
  preparedOn: string;
  words: SummaryWords;
  surveys: readonly SummarySurvey[];
  /** The conversations of the phase, oldest first; absent or empty when there are none (one survey). */
  conversations?: readonly SummaryConversation[];
  /** The focus groups of the phase; null when they are not part of this summary (one survey). */
  focusGroups: FocusGroupSynthesis | null;
}

export interface SummarySurvey {
  document: SurveyDocument;
  status: 'draft' | 'open' | 'closed';
  /** Timestamps (ISO) of when it opened and closed, and the date set to close it. */
  openedAt: string | null;
  closedAt: string | null;
  closesAt: string | null;
  /** The phase and stakeholder group of its place in the cycle's engagement plan, if any. */
  phaseName: string | null;
  groupName: string | null;
  /** Protected results, broken down by the survey's role question when it has one. */
  results: SurveyResults;
  representation: SummaryRepresentation;
  /** One per open (text) question of the survey, in any order. */
  themes: readonly SummaryQuestionThemes[];
}

export interface SummaryRepresentation {
  dimensions: readonly DimensionRepresentation[];
  /** Dimensions the survey asks about but the district has not entered its population by. */
  missingPopulation: readonly PopulationDimension[];
  /** The gap in points past which a group is flagged. */
  gapPoints: number;
}

export interface SummaryQuestionThemes {
  questionKey: string;
  status: 'none' | 'running' | 'done' | 'failed';
  /** Text answers to the question. */
  answers: number;
  unsorted: number;
  newAnswers: number;
  /** Each theme with its size and up to three quotes, starred ones first. */
  themes: readonly { label: string; count: number; quotes: readonly string[] }[];
}
