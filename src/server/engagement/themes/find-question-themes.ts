import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { OTHER_THEME_KEY, type Themes } from '../../../core/engagement/themes/themes-types.js';
import { RUN_GIVES_UP_AFTER_MS } from './read-question-themes.js';
import { busy, checkVersion, lineKeyOf, loadTextQuestion, runThemeWork, type ThemeWriteScope } from './theme-scope.js';
import { themesRepo, type AnswerPlacement, type QuestionScope } from './themes.repo.js';
import type { WorkerLine } from './worker-runner.js';

/**
 * Starts finding the themes of a text question's answers, replacing any it had. The work (seconds
 * for thousands of answers) runs in a worker thread after this returns, one run at a time per
 * question; the set's status says when it is done. A run already under way is left to finish
 * (`started: false`); `done` settles when this run has saved its themes or failed. Themes the team edited are replaced only when `replaceEdited` says so, and
 * `basedOn` must be the version the caller saw (0 before any themes), else 409.
 * `onSettled` is told when the run has saved or failed (the tests wait on it; the app logs failures).
 */
export async function findQuestionThemes(options: ThemeWriteScope & { line: WorkerLine; basedOn: number; replaceEdited: boolean; onSettled?: (error: Error | null) => void }) {
  const { db, actor, line, basedOn, replaceEdited, onSettled } = options;
  const scope: QuestionScope = { organizationId: options.organizationId, surveyId: options.surveyId, questionKey: options.questionKey };
  const { ignoreWords } = await loadTextQuestion(options);
  const started = await inTransaction(db, async (trx) => {
    const set = await themesRepo.findSet(trx, scope, { lock: true });
    const isRunning = set?.status === 'running' && (line.isBusy(lineKeyOf(scope)) || Date.now() - new Date(set.started_at).getTime() < RUN_GIVES_UP_AFTER_MS);
    if (isRunning) return false;
    if (line.isBusy(lineKeyOf(scope))) throw busy();
    checkVersion(set?.version ?? 0, basedOn);
    if (set?.edited_at && !replaceEdited) {
      throw new AppError('conflict', 'The team renamed, merged, split or moved these themes; finding them again replaces all of that', [], { reason: 'edited', version: set.version });
    }
    await themesRepo.startRun(trx, scope, actor.userId);
    await recordAuditEvent(trx, actor, { organizationId: scope.organizationId, action: 'survey_themes.find_started', entityType: 'survey_question', entityId: null, after: { survey_id: scope.surveyId, question_key: scope.questionKey } });
    return true;
  });
  if (!started) return { started, done: null };
  const run = async () => {
    const answers = await themesRepo.listAnswers(db, scope);
    const found = await runThemeWork(line, scope, { task: 'find', answers: answers.map((answer) => ({ id: answer.id, text: answer.text })), ignoreWords });
    await saveFoundThemes({ ...options, scope, found });
  };
  const done = run().then(
    () => onSettled?.(null),
    async (error: Error) => {
      await inTransaction(db, (trx) => themesRepo.failRun(trx, scope, error.message.slice(0, 500))).catch(() => undefined);
      onSettled?.(error);
    },
  );
  return { started, done };
}

/** Replaces the question's themes with those found: the "Other" group (answers with no words) is left not sorted. */
async function saveFoundThemes(options: ThemeWriteScope & { scope: QuestionScope; found: Themes }) {
  const { db, actor, scope, found } = options;
  await inTransaction(db, async (trx) => {
    await themesRepo.findSet(trx, scope, { lock: true });
    await themesRepo.clearThemes(trx, scope);
    const placements: AnswerPlacement[] = [];
    let position = 0;
    for (const theme of found.themes) {
      const themeId = theme.key === OTHER_THEME_KEY ? null : await themesRepo.insertTheme(trx, scope, { label: theme.label, words: theme.words, position: position++ });
      theme.answerIds.forEach((responseId, rank) => placements.push({ responseId, themeId, rank }));
    }
    await themesRepo.placeAnswers(trx, scope, placements);
    const { version } = await themesRepo.bumpSet(trx, scope, { found: true });
    await recordAuditEvent(trx, actor, {
      organizationId: scope.organizationId,
      action: 'survey_themes.found',
      entityType: 'survey_question',
      entityId: null,
      after: { survey_id: scope.surveyId, question_key: scope.questionKey, version, themes: found.themes.filter((theme) => theme.key !== OTHER_THEME_KEY).map((theme) => ({ label: theme.label, count: theme.answerIds.length })), answers: placements.length },
    });
  });
}
