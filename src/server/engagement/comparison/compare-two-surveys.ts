import type { Kysely } from 'kysely';
import { compareSurveys } from '../../../core/engagement/compare-surveys.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import type { DB } from '../../db/schema.js';
import { invalidInput } from '../../errors.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { readSurveyResults } from '../surveys/read-survey-results.js';

/**
 * Two surveys of the district, or two rounds of one, on their shared questions: each option's
 * percentage in each and the change, from both results as protected (a change built on a hidden
 * count stays hidden). With `by`, both are broken down by that question and one `group` compared.
 */
export async function compareTwoSurveys(options: { db: Kysely<DB>; organizationId: string; surveyId: string; withId: string; by: string | null; group: string }) {
  const { db, organizationId, surveyId, withId, by, group } = options;
  if (withId === surveyId) throw invalidInput('query/with', 'must be another survey', { code: 'invalid_choice' });
  const [after, before] = await Promise.all([readSurvey({ db, organizationId, surveyId }), readSurvey({ db, organizationId, surveyId: withId }).catch(() => null)]);
  if (!before) throw invalidInput('query/with', 'is not a survey of this district', { code: 'does_not_exist' });
  const [afterResults, beforeResults] = await Promise.all([
    readSurveyResults({ db, organizationId, surveyId, by }),
    readSurveyResults({ db, organizationId, surveyId: withId, by }).catch(() => {
      throw invalidInput('query/by', 'is not a question the other survey can be broken down by', { code: 'invalid_choice' });
    }),
  ]);
  if (by && !afterResults.groups.some((g) => g.key === group)) throw invalidInput('query/group', 'is not a group of the breakdown', { code: 'invalid_choice' });
  const comparison = compareSurveys(beforeResults, afterResults, { group });
  return {
    before: { survey_id: before.id, title: (before.document as SurveyDocument).title, respondents: beforeResults.respondents },
    after: { survey_id: after.id, title: (after.document as SurveyDocument).title, respondents: afterResults.respondents },
    by,
    threshold: afterResults.threshold,
    ...comparison,
  };
}
