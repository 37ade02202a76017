import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { breakdownQuestions, tallySurveyResults } from '../../../core/engagement/tally-survey-results.js';
import { invalidInput, notFound } from '../../errors.js';
import { readEngagementSettings } from '../settings/read-engagement-settings.js';
import { loadResponseTable } from './survey-response-tables.js';

/**
 * A survey's results, each question's counts broken down by `by` (a single-choice or Likert
 * question; null for totals), every cell the district's threshold protects already suppressed:
 * what every screen, export and report of results starts from.
 */
export async function readSurveyResults(options: { db: Kysely<DB>; organizationId: string; surveyId: string; by: string | null }) {
  const { db, organizationId, surveyId, by } = options;
  const [loaded, settings] = await Promise.all([loadResponseTable({ db, organizationId, surveyId }), readEngagementSettings({ db, organizationId })]);
  if (!loaded) throw notFound('Survey');
  if (by !== null && !breakdownQuestions(loaded.document).some((question) => question.key === by)) {
    throw invalidInput('query/by', 'must be the key of a single-choice or Likert question of this survey', { code: 'invalid_choice' });
  }
  return tallySurveyResults({ surveyId, document: loaded.document, table: loaded.table, by, threshold: settings.respondent_threshold });
}
