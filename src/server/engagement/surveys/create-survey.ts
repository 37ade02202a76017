import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { validateSurveyDocument } from '../../../core/engagement/validate-survey-document.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { DistrictScope } from './survey-scope.js';
import { problemsError } from './survey-problems-error.js';
import { surveysRepo } from './surveys.repo.js';
import { presentSurveySummary, titleOf } from './surveys.present.js';

/** A survey/v1 document as given, or every problem with it by JSON pointer (400, nothing stored). */
export function validSurveyDocument(input: unknown): SurveyDocument {
  const validation = validateSurveyDocument(input);
  if (!validation.ok) throw problemsError(validation.problems, 'The survey document has problems');
  return validation.document;
}

/**
 * Stores a survey/v1 document as a new draft of the district, as given (an exported survey comes
 * back unchanged). `starterKey` notes the starter it was copied from.
 */
export async function createSurvey(options: DistrictScope & { input: unknown; starterKey?: string | null }) {
  const { db, actor, organizationId } = options;
  const document = validSurveyDocument(options.input);
  return inTransaction(db, async (trx) => {
    const survey = await surveysRepo.insert(trx, { organizationId, title: titleOf(document), document, starterKey: options.starterKey ?? null, createdBy: actor.userId });
    await recordAuditEvent(trx, actor, { organizationId, action: 'survey.created', entityType: 'survey', entityId: survey.id, after: presentSurveySummary(survey) });
    return survey;
  });
}
