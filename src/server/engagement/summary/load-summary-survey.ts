import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SummarySurvey } from '../../../core/engagement/documents/summary-input.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { breakdownQuestions } from '../../../core/engagement/tally-survey-results.js';
import { readSurveyRepresentation } from '../representation/read-survey-representation.js';
import type { SurveyRow } from '../surveys/surveys.repo.js';
import { readSurveyResults } from '../surveys/read-survey-results.js';
import { readQuestionThemes } from '../themes/read-question-themes.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * One survey as the summary prints it, read through the same use-cases as the screens: results
 * (protected, broken down by `by` when given, else by the survey's role question when it can be), who answered against the
 * district's population (district-wide), and the themes of each open question.
 */
export async function loadSummarySurvey(options: {
  db: Kysely<DB>;
  organizationId: string;
  survey: SurveyRow;
  publicUrl: string;
  placeInPlan: { phaseName: string | null; groupName: string | null };
  /** A breakdown as the results screen takes it (a question key or STAKEHOLDER_GROUP_BREAKDOWN); null for none. */
  by?: string | null;
}): Promise<SummarySurvey> {
  const { db, organizationId, survey } = options;
  const surveyId = survey.id;
  const document = survey.document as SurveyDocument;
  const role = breakdownQuestions(document).find((question) => question.demographic === 'role');
  const [results, representation, themes] = await Promise.all([
    readSurveyResults({ db, organizationId, surveyId, by: options.by !== undefined ? options.by : (role?.key ?? null) }),
    readSurveyRepresentation({ db, organizationId, surveyId, school: '', publicUrl: options.publicUrl }),
    Promise.all(document.questions.filter((question) => question.type === 'text').map((question) => readQuestionThemes({ db, organizationId, surveyId, questionKey: question.key }))),
  ]);
  return {
    document,
    status: survey.status,
    openedAt: iso(survey.opened_at),
    closedAt: iso(survey.closed_at),
    closesAt: iso(survey.closes_at),
    ...options.placeInPlan,
    results,
    representation: { dimensions: representation.dimensions, missingPopulation: representation.missing_population, gapPoints: representation.gap_points },
    themes: themes.map((read) => ({
      questionKey: read.question.question.key,
      status: read.status,
      answers: read.answerCount,
      unsorted: read.unsortedCount,
      newAnswers: read.newCount,
      themes: read.themes.map(({ theme, count, samples }) => ({ label: theme.label, count, quotes: samples.map((sample) => sample.text.trim()).filter(Boolean) })),
    })),
  };
}
