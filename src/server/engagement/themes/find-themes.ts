import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { OTHER_THEME_KEY, type Themes } from '../../../core/engagement/themes/themes-types.js';
import { RUN_GIVES_UP_AFTER_MS } from './read-themes.js';
import { checkVersion, runThemeWork, setAuditEntry, themesBusy, type ThemedSubject, type ThemeWrite } from './theme-kind.js';
import type { ItemPlacement, ThemeItemRow, ThemeOwner } from './theme-store.js';
import type { WorkerLine } from './worker-runner.js';

/**
 * Starts finding the themes of a question's answers or a conversation's ideas, replacing any they
 * had. The work (seconds for thousands of items) runs in a worker thread after this returns, one
 * run at a time per subject; the set's status says when it is done. A run already under way is left
 * to finish (`started: false`); `done` settles when this run has saved its themes or failed. Themes
 * the team edited are replaced only when `replaceEdited` says so, and `basedOn` must be the version
 * the caller saw (0 before any themes), else 409.
 * `onSettled` is told when the run has saved or failed (the tests wait on it; the app logs failures).
 */
export async function findThemes<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject>(
  options: ThemeWrite<S, Item, Subject> & { line: WorkerLine; basedOn: number; replaceEdited: boolean; onSettled?: (error: Error | null) => void },
) {
  const { kind, db, actor, scope, line, basedOn, replaceEdited, onSettled } = options;
  const { store } = kind;
  const { ignoreWords } = await kind.load(db, scope);
  const lineKey = kind.lineKey(scope);
  const started = await inTransaction(db, async (trx) => {
    const set = await store.findSet(trx, scope, { lock: true });
    const isRunning = set?.status === 'running' && (line.isBusy(lineKey) || Date.now() - new Date(set.started_at).getTime() < RUN_GIVES_UP_AFTER_MS);
    if (isRunning) return false;
    if (line.isBusy(lineKey)) throw themesBusy(kind.words.subject);
    checkVersion(set?.version ?? 0, basedOn);
    if (set?.edited_at && !replaceEdited) {
      throw new AppError('conflict', 'The team renamed, merged, split or moved these themes; finding them again replaces all of that', [], { reason: 'edited', version: set.version });
    }
    await store.startRun(trx, scope, actor.userId);
    await recordAuditEvent(trx, actor, setAuditEntry(kind.audit, scope, 'find_started'));
    return true;
  });
  if (!started) return { started, done: null };
  const run = async () => {
    const items = await store.listItems(db, scope);
    const found = await runThemeWork(kind, line, scope, { task: 'find', answers: items.map((item) => ({ id: item.id, text: item.text })), ignoreWords });
    await saveFoundThemes({ ...options, found });
  };
  const done = run().then(
    () => onSettled?.(null),
    async (error: Error) => {
      await inTransaction(db, (trx) => store.failRun(trx, scope, error.message.slice(0, 500))).catch(() => undefined);
      onSettled?.(error);
    },
  );
  return { started, done };
}

/** Replaces the themes with those found: the "Other" group (items with no words) is left not sorted. */
async function saveFoundThemes<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject>(options: ThemeWrite<S, Item, Subject> & { found: Themes }) {
  const { kind, db, actor, scope, found } = options;
  const { store } = kind;
  await inTransaction(db, async (trx) => {
    await store.findSet(trx, scope, { lock: true });
    await store.clearThemes(trx, scope);
    const placements: ItemPlacement[] = [];
    let position = 0;
    for (const theme of found.themes) {
      const themeId = theme.key === OTHER_THEME_KEY ? null : await store.insertTheme(trx, scope, { label: theme.label, words: theme.words, position: position++ });
      theme.answerIds.forEach((itemId, rank) => placements.push({ itemId, themeId, rank }));
    }
    await store.place(trx, scope, placements);
    const { version } = await store.bumpSet(trx, scope, { found: true });
    const themes = found.themes.filter((theme) => theme.key !== OTHER_THEME_KEY).map((theme) => ({ label: theme.label, count: theme.answerIds.length }));
    await recordAuditEvent(trx, actor, setAuditEntry(kind.audit, scope, 'found', { version, themes, [kind.audit.itemsKey]: placements.length }));
  });
}
