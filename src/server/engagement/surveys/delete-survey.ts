import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { DistrictScope } from './survey-scope.js';
import { surveysRepo } from './surveys.repo.js';
import { presentSurveySummary } from './surveys.present.js';

/** Deletes a draft, or any survey nobody has answered; what people said is not thrown away here. */
export async function deleteSurvey(options: DistrictScope & { surveyId: string }) {
  const { db, actor, organizationId, surveyId } = options;
  return inTransaction(db, async (trx) => {
    const before = await surveysRepo.find(trx, organizationId, surveyId, { lock: true });
    if (!before) throw notFound('Survey');
    if (before.status !== 'draft' && Number(before.responses) > 0) {
      throw new AppError('conflict', `This survey has ${before.responses} response${Number(before.responses) === 1 ? '' : 's'}; close it instead, so what people said is kept`);
    }
    await surveysRepo.delete(trx, organizationId, surveyId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'survey.deleted', entityType: 'survey', entityId: surveyId, before: { ...presentSurveySummary(before), document: before.document } });
  });
}
