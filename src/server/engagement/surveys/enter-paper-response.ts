import { checkAnswers } from '../../../core/engagement/check-answers.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { DistrictScope } from './survey-scope.js';
import { problemsError } from './survey-problems-error.js';
import { surveyResponsesRepo } from './survey-responses.repo.js';
import { surveysRepo } from './surveys.repo.js';

/**
 * A paper form typed in by staff: the same checks as a response sent online, marked as paper and
 * with who typed it in, and the stakeholder group it was handed out to when the team says so. Forms come back after the survey closes too, so an open or closed survey
 * takes them (not a draft). The submission id makes a double entry (a retry) one response.
 */
export async function enterPaperResponse(
  options: DistrictScope & { surveyId: string; submissionId: string; locale: string; answers: unknown; respondent?: { name: string; email?: string }; stakeholderGroupId?: string | null },
) {
  const { db, actor, organizationId, surveyId } = options;
  const survey = await surveysRepo.find(db, organizationId, surveyId);
  if (!survey) throw notFound('Survey');
  if (survey.status === 'draft') throw new AppError('conflict', 'Open the survey before entering its paper forms');
  const document = survey.document as SurveyDocument;
  if (!document.languages.includes(options.locale)) throw invalidInput('/locale', `must be one of the survey's languages: ${document.languages.join(', ')}`, { code: 'invalid_choice' });
  if (options.respondent && document.mode === 'anonymous') throw invalidInput('/respondent', 'cannot be kept: this survey is anonymous', { code: 'invalid' });
  const stakeholderGroupId = options.stakeholderGroupId ?? null;
  // A form handed out to one group (at its meeting, in its mailing) counts for that group of the survey's cycle.
  if (stakeholderGroupId !== null && !(survey.cycle_id && (await surveysRepo.isGroupOfCycle(db, survey.cycle_id, stakeholderGroupId)))) {
    throw invalidInput('/stakeholder_group_id', 'must be a stakeholder group of the survey’s planning cycle', { code: 'invalid_choice' });
  }
  const checked = checkAnswers(document, options.answers);
  if (!checked.ok) throw problemsError(checked.problems);
  return inTransaction(db, async (trx) => {
    const stored = await surveyResponsesRepo.insertOnce(trx, {
      surveyId,
      organizationId,
      submissionId: options.submissionId,
      locale: options.locale,
      answers: checked.answers,
      channel: 'paper',
      respondent: options.respondent ? { name: options.respondent.name || null, email: options.respondent.email ?? null } : null,
      enteredBy: actor.userId,
      isDayOnly: document.mode === 'anonymous',
      stakeholderGroupId,
    });
    // The audit names the response, never its answers or who filled it in.
    if (stored.created) await recordAuditEvent(trx, actor, { organizationId, action: 'survey.paper_response_entered', entityType: 'survey_response', entityId: stored.id, after: { survey_id: surveyId, channel: 'paper' } });
    return stored;
  });
}
