import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { DistrictScope } from './survey-scope.js';
import { effectiveStatus } from './survey-life.js';
import { surveysRepo } from './surveys.repo.js';
import { presentSurveySummary } from './surveys.present.js';

/** Stops taking responses now; the public link then says the survey has closed (410). */
export async function closeSurvey(options: DistrictScope & { surveyId: string; now?: Date }) {
  const { db, actor, organizationId, surveyId } = options;
  const now = options.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const before = await surveysRepo.find(trx, organizationId, surveyId, { lock: true });
    if (!before) throw notFound('Survey');
    if (before.status === 'draft') throw new AppError('conflict', 'This survey has not been opened, so there is nothing to close');
    if (before.status === 'closed') return before;
    // Closed by its date already: the record says so from now on, at the time it really closed.
    const closedAt = effectiveStatus(before, now) === 'closed' ? before.closes_at! : now;
    await surveysRepo.setStatus(trx, organizationId, surveyId, 'closed', { closed_at: closedAt });
    const after = (await surveysRepo.find(trx, organizationId, surveyId))!;
    await recordAuditEvent(trx, actor, { organizationId, action: 'survey.closed', entityType: 'survey', entityId: surveyId, before: presentSurveySummary(before, now), after: presentSurveySummary(after, now) });
    return after;
  });
}
