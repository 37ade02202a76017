import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkVersion, loadTextQuestion, runThemeWork, type ThemeWriteScope } from './theme-scope.js';
import { themesRepo } from './themes.repo.js';
import type { WorkerLine } from './worker-runner.js';
import { noThemesYet } from './move-answers.js';

/**
 * Cuts a theme in the two groups of its answers that differ most (in a worker thread): the larger
 * part keeps the theme, the other becomes a new theme right after it, each labelled by what sets it
 * apart from the other. 409 when its answers are too alike to tell apart.
 */
export async function splitTheme(options: ThemeWriteScope & { line: WorkerLine; basedOn: number; themeId: string }) {
  const { db, actor, line, basedOn, themeId } = options;
  const { ignoreWords } = await loadTextQuestion(options);
  const theme = await themesRepo.findTheme(db, options, themeId);
  if (!theme) throw notFound('Theme');
  const members = (await themesRepo.listAnswers(db, options)).filter((answer) => answer.theme_id === themeId);
  const parts = await runThemeWork(line, options, { task: 'split', answers: members.map((answer) => ({ id: answer.id, text: answer.text })), ignoreWords });
  if (!parts) throw new AppError('conflict', 'The answers of this theme are too alike to split in two', [], { reason: 'too_alike' });
  return inTransaction(db, async (trx) => {
    const set = await themesRepo.findSet(trx, options, { lock: true });
    if (!set) throw noThemesYet();
    checkVersion(set.version, basedOn);
    const current = await themesRepo.findTheme(trx, options, themeId);
    if (!current) throw notFound('Theme');
    const [kept, split] = parts;
    await themesRepo.shiftPositions(trx, options, current.position + 1);
    const newId = await themesRepo.insertTheme(trx, options, { label: split.label, words: split.words, position: current.position + 1 });
    await themesRepo.updateTheme(trx, options, themeId, current.version, { label: kept.label || current.label, words: kept.words, is_label_edited: false });
    await themesRepo.placeAnswers(trx, options, [
      ...kept.answerIds.map((responseId, rank) => ({ responseId, themeId, rank })),
      ...split.answerIds.map((responseId, rank) => ({ responseId, themeId: newId, rank })),
    ]);
    await themesRepo.bumpSet(trx, options, { edited: true });
    await recordAuditEvent(trx, actor, {
      organizationId: options.organizationId,
      action: 'survey_theme.split',
      entityType: 'survey_theme',
      entityId: themeId,
      before: { label: current.label, answers: members.length },
      after: { themes: [{ id: themeId, label: kept.label, answers: kept.answerIds.length }, { id: newId, label: split.label, answers: split.answerIds.length }] },
    });
    return newId;
  });
}
