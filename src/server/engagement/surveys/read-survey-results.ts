import { gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { breakdownQuestions, STAKEHOLDER_GROUP_BREAKDOWN, tallySurveyResults, type ResultStakeholderGroup } from '../../../core/engagement/tally-survey-results.js';
import type { SurveyResults as Results } from '../../../core/engagement/survey-results-types.js';
import { invalidInput, notFound } from '../../errors.js';
import { readEngagementSettings } from '../settings/read-engagement-settings.js';
import { SurveyResults } from './survey-results.schema.js';
import { loadResponseTable, type LoadedTable } from './survey-response-tables.js';
import { surveysRepo } from './surveys.repo.js';

interface Options {
  db: Kysely<DB>;
  organizationId: string;
  surveyId: string;
  by: string | null;
}

/**
 * A survey's results, each question's counts broken down by `by` (a single-choice or Likert
 * question, or STAKEHOLDER_GROUP_BREAKDOWN for the group each response came through; null for
 * totals), every cell the district's threshold protects already suppressed:
 * what every screen, export and report of results starts from. Shared with other readers while
 * no response comes in: frozen, not to be changed.
 */
export async function readSurveyResults(options: Options): Promise<Results> {
  const { loaded, question, tally } = await prepare(options);
  return loaded.remember(question, tally);
}

/**
 * The same results as the route sends them, encoded once per tally (and gzipped once), as the
 * scorecard keeps its answer: encoding them through the response schema on every request cost
 * more than the rest of a warm read.
 */
export async function readEncodedSurveyResults(options: Options): Promise<{ body: Buffer; gzipped: Buffer }> {
  const { loaded, question, tally } = await prepare(options);
  return loaded.remember(`encoded ${question}`, () => {
    const body = Buffer.from(JSON.stringify(SurveyResults.parse(loaded.remember(question, tally))));
    return { body, gzipped: gzipSync(body, { level: 6 }) };
  });
}

async function prepare(options: Options): Promise<{ loaded: LoadedTable; question: string; tally: () => Results }> {
  const { db, organizationId, surveyId, by } = options;
  const [loaded, settings] = await Promise.all([loadResponseTable({ db, organizationId, surveyId }), readEngagementSettings({ db, organizationId })]);
  if (!loaded) throw notFound('Survey');
  const byGroup = by === STAKEHOLDER_GROUP_BREAKDOWN;
  if (by !== null && !byGroup && !breakdownQuestions(loaded.document).some((question) => question.key === by)) {
    throw invalidInput('query/by', `must be the key of a single-choice or Likert question of this survey, or "${STAKEHOLDER_GROUP_BREAKDOWN}"`, { code: 'invalid_choice' });
  }
  const threshold = settings.respondent_threshold;
  // Groups are named as the team names them now: a renamed group is a new question to remember.
  const stakeholderGroups: ResultStakeholderGroup[] = byGroup ? await surveysRepo.listResultGroups(db, organizationId, surveyId, loaded.table.groupIds) : [];
  const groupsKey = stakeholderGroups.map((group) => `${group.id}=${group.name}`).join('|');
  // Tallying 100,000 responses takes tens of milliseconds; while none came in, readers share one tally.
  return {
    loaded,
    question: `results ${by ?? ''} ${threshold} ${groupsKey}`,
    tally: () => tallySurveyResults({ surveyId, document: loaded.document, table: loaded.table, by, threshold, stakeholderGroups }),
  };
}
