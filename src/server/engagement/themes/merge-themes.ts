import { inTransaction } from '../../db/transaction.js';
import { invalidInput } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkVersion, loadTextQuestion, runThemeWork, type ThemeWriteScope } from './theme-scope.js';
import { themesRepo, type AnswerRow } from './themes.repo.js';
import type { WorkerLine } from './worker-runner.js';
import { noThemesYet } from './move-answers.js';

/**
 * Merges two or more themes into the first of them in the list's order: their answers together
 * (the most central of each first), under the team's label or, without one, a label suggested for
 * the merged answers against all the question's answers (worked out in a worker thread).
 */
export async function mergeThemes(options: ThemeWriteScope & { line: WorkerLine; basedOn: number; themeIds: string[]; label: string | null }) {
  const { db, actor, line, basedOn, themeIds, label } = options;
  const { ignoreWords } = await loadTextQuestion(options);
  const themes = await themesRepo.listThemes(db, options);
  themeIds.forEach((id, index) => {
    if (!themes.some((theme) => theme.id === id)) throw invalidInput(`/theme_ids/${index}`, 'is not a theme of this question', { code: 'does_not_exist' });
  });
  const answers = await themesRepo.listAnswers(db, options);
  const merged = answers.filter((answer) => answer.theme_id !== null && themeIds.includes(answer.theme_id));
  const suggestion = label === null ? await runThemeWork(line, options, { task: 'label', answers: merged.map(answerOf), among: answers.map(answerOf), ignoreWords }) : null;
  await inTransaction(db, async (trx) => {
    const set = await themesRepo.findSet(trx, options, { lock: true });
    if (!set) throw noThemesYet();
    checkVersion(set.version, basedOn);
    const current = await themesRepo.listThemes(trx, options);
    const chosen = current.filter((theme) => themeIds.includes(theme.id)).sort((a, b) => a.position - b.position);
    const target = chosen[0]!;
    const others = chosen.slice(1);
    // Interleaved by nearness, so the merged theme's first answers (its samples) come from each part.
    const ordered = [...merged].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || themeIds.indexOf(a.theme_id!) - themeIds.indexOf(b.theme_id!));
    await themesRepo.placeAnswers(trx, options, ordered.map((answer, rank) => ({ responseId: answer.id, themeId: target.id, rank })));
    await themesRepo.deleteThemes(trx, options, others.map((theme) => theme.id));
    const newLabel = label ?? (suggestion?.label || target.label);
    await themesRepo.updateTheme(trx, options, target.id, target.version, { label: newLabel, words: suggestion?.words ?? (target.words as string[]), is_label_edited: label !== null });
    await themesRepo.bumpSet(trx, options, { edited: true });
    await recordAuditEvent(trx, actor, {
      organizationId: options.organizationId,
      action: 'survey_themes.merged',
      entityType: 'survey_theme',
      entityId: target.id,
      before: { themes: chosen.map((theme) => ({ id: theme.id, label: theme.label })) },
      after: { label: newLabel, answers: ordered.length },
    });
    return target.id;
  });
}

const answerOf = (answer: AnswerRow) => ({ id: answer.id, text: answer.text });
