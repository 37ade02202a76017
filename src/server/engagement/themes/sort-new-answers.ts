import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { ThemeMembers } from '../../../core/engagement/themes/assign-to-themes.js';
import { checkVersion, noThemesYet, runThemeWork } from './theme-kind.js';
import { loadTextQuestion, surveyThemes, type ThemeWriteScope } from './theme-scope.js';
import type { ItemPlacement } from './theme-store.js';
import { themesRepo } from './themes.repo.js';
import type { WorkerLine } from './worker-runner.js';

/**
 * Puts the answers that arrived after the themes were found into the nearest theme as the team
 * left them (in a worker thread), without finding themes again; an answer sharing no words with
 * any theme goes to "not sorted". Returns how many were sorted.
 */
export async function sortNewAnswers(options: ThemeWriteScope & { line: WorkerLine; basedOn: number }) {
  const { db, actor, line, basedOn } = options;
  const { ignoreWords } = await loadTextQuestion(options);
  const [themes, answers] = await Promise.all([themesRepo.listThemes(db, options), themesRepo.listItems(db, options)]);
  const fresh = answers.filter((answer) => !answer.is_placed);
  if (fresh.length === 0) return 0;
  const members: ThemeMembers[] = themes.map((theme) => ({ id: theme.id, answers: answers.filter((answer) => answer.theme_id === theme.id).map((answer) => ({ id: answer.id, text: answer.text })) }));
  const placed = await runThemeWork(surveyThemes, line, options, { task: 'assign', themes: members, newAnswers: fresh.map((answer) => ({ id: answer.id, text: answer.text })), ignoreWords });
  return inTransaction(db, async (trx) => {
    const set = await themesRepo.findSet(trx, options, { lock: true });
    if (!set) throw noThemesYet(surveyThemes.words.subject);
    checkVersion(set.version, basedOn);
    // Nearest first within each theme, after the answers already there.
    const byTheme = new Map<string | null, typeof placed>();
    for (const placement of placed) byTheme.set(placement.themeId, [...(byTheme.get(placement.themeId) ?? []), placement]);
    const placements: ItemPlacement[] = [];
    for (const [themeId, group] of byTheme) {
      const first = await themesRepo.nextRank(trx, options, themeId);
      group.sort((a, b) => b.similarity - a.similarity || (a.answerId < b.answerId ? -1 : 1));
      group.forEach((placement, index) => placements.push({ itemId: placement.answerId, themeId, rank: first + index }));
    }
    await themesRepo.place(trx, options, placements);
    await themesRepo.bumpSet(trx, options, {});
    await recordAuditEvent(trx, actor, {
      organizationId: options.organizationId,
      action: 'survey_themes.new_answers_sorted',
      entityType: 'survey_question',
      entityId: null,
      after: { survey_id: options.surveyId, question_key: options.questionKey, sorted: placements.filter((p) => p.themeId !== null).length, not_sorted: placements.filter((p) => p.themeId === null).length },
    });
    return placements.length;
  });
}
