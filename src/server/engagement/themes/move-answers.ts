import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkVersion, loadTextQuestion, type ThemeWriteScope } from './theme-scope.js';
import { themesRepo } from './themes.repo.js';

export const noThemesYet = () => new AppError('conflict', 'This question has no themes yet: find them first', [], { reason: 'no_themes' });

/**
 * Moves answers into another theme (after the answers already there), or out of every theme
 * (`themeId` null: "not sorted"). Each answer stays in at most one theme.
 */
export async function moveAnswers(options: ThemeWriteScope & { basedOn: number; responseIds: string[]; themeId: string | null }) {
  const { db, actor, basedOn, responseIds, themeId } = options;
  await loadTextQuestion(options);
  await inTransaction(db, async (trx) => {
    const set = await themesRepo.findSet(trx, options, { lock: true });
    if (!set) throw noThemesYet();
    checkVersion(set.version, basedOn);
    if (themeId !== null && !(await themesRepo.findTheme(trx, options, themeId))) throw invalidInput('/theme_id', 'is not a theme of this question', { code: 'does_not_exist' });
    const existing = await themesRepo.existingAnswerIds(trx, options, responseIds);
    responseIds.forEach((id, index) => {
      if (!existing.has(id)) throw invalidInput(`/response_ids/${index}`, 'is not an answer to this question', { code: 'does_not_exist' });
    });
    const first = await themesRepo.nextRank(trx, options, themeId);
    await themesRepo.placeAnswers(trx, options, responseIds.map((responseId, index) => ({ responseId, themeId, rank: first + index })));
    await themesRepo.bumpSet(trx, options, { edited: true });
    await recordAuditEvent(trx, actor, {
      organizationId: options.organizationId,
      action: 'survey_themes.answers_moved',
      entityType: 'survey_question',
      entityId: null,
      after: { survey_id: options.surveyId, question_key: options.questionKey, theme_id: themeId, response_ids: responseIds },
    });
  });
}
