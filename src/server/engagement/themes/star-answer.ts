import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { loadTextQuestion, type ThemeWriteScope } from './theme-scope.js';
import { themesRepo } from './themes.repo.js';

/**
 * Stars an answer as a quote for reports, or takes the star away. Asking twice changes nothing
 * (and records nothing the second time). Stars stay when themes are found again.
 */
export async function starAnswer(options: ThemeWriteScope & { responseId: string; isStarred: boolean }) {
  const { db, actor, responseId, isStarred } = options;
  await loadTextQuestion(options);
  await inTransaction(db, async (trx) => {
    if (!(await themesRepo.existingItemIds(trx, options, [responseId])).has(responseId)) throw notFound('Answer');
    const changed = isStarred ? await themesRepo.star(trx, options, responseId, actor.userId) : await themesRepo.unstar(trx, options, responseId);
    if (!changed) return;
    await recordAuditEvent(trx, actor, {
      organizationId: options.organizationId,
      action: isStarred ? 'survey_answer.starred' : 'survey_answer.unstarred',
      entityType: 'survey_response',
      entityId: responseId,
      after: { survey_id: options.surveyId, question_key: options.questionKey },
    });
  });
  return { responseId, isStarred };
}
