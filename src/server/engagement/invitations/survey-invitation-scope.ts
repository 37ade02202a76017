import type { AppContext } from '../../context.js';
import { AppError, invalidInput } from '../../errors.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { isAcceptingResponses } from '../surveys/survey-life.js';

/**
 * The survey an invitation or reminder is about, when people may answer it now, with what every
 * mail needs: its document, public code and closing date, and the district's name.
 */
export async function readSurveyToInviteTo(options: { ctx: AppContext; organizationId: string; surveyId: string }) {
  const { ctx, organizationId, surveyId } = options;
  const survey = await readSurvey({ db: ctx.db, organizationId, surveyId });
  if (!survey.public_code || !isAcceptingResponses(survey)) throw new AppError('conflict', 'Open the survey before inviting people to answer it (and check its opening date)');
  const organization = await findOrganization(ctx.db, organizationId);
  return {
    id: survey.id,
    code: survey.public_code,
    cycleId: survey.cycle_id,
    closesAt: survey.closes_at,
    document: survey.document as SurveyDocument,
    organizationName: organization?.name ?? '',
  };
}

/** The language asked for, if the survey is offered in it; else its first language. */
export function mailLanguage(document: SurveyDocument, asked: string | undefined, path = '/language'): string {
  if (asked === undefined) return document.languages[0]!;
  if (!document.languages.includes(asked)) throw invalidInput(path, `must be one of the survey's languages: ${document.languages.join(', ')}`, { code: 'invalid_choice' });
  return asked;
}
