import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkVersion, noThemesYet, runThemeWork, type ThemedSubject, type ThemeWrite } from './theme-kind.js';
import type { ThemeItemRow, ThemeOwner } from './theme-store.js';
import type { WorkerLine } from './worker-runner.js';

/**
 * Cuts a theme in the two groups of its items that differ most (in a worker thread): the larger
 * part keeps the theme, the other becomes a new theme right after it, each labelled by what sets it
 * apart from the other. 409 when its items are too alike to tell apart.
 */
export async function splitTheme<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject>(
  options: ThemeWrite<S, Item, Subject> & { line: WorkerLine; basedOn: number; themeId: string },
) {
  const { kind, db, actor, scope, line, basedOn, themeId } = options;
  const { store, words, audit } = kind;
  const { ignoreWords } = await kind.load(db, scope);
  const theme = await store.findTheme(db, scope, themeId);
  if (!theme) throw notFound('Theme');
  const members = (await store.listItems(db, scope)).filter((item) => item.theme_id === themeId);
  const parts = await runThemeWork(kind, line, scope, { task: 'split', answers: members.map((item) => ({ id: item.id, text: item.text })), ignoreWords });
  if (!parts) throw new AppError('conflict', `The ${words.items} of this theme are too alike to split in two`, [], { reason: 'too_alike' });
  return inTransaction(db, async (trx) => {
    const set = await store.findSet(trx, scope, { lock: true });
    if (!set) throw noThemesYet(words.subject);
    checkVersion(set.version, basedOn);
    const current = await store.findTheme(trx, scope, themeId);
    if (!current) throw notFound('Theme');
    const [kept, split] = parts;
    await store.shiftPositions(trx, scope, current.position + 1);
    const newId = await store.insertTheme(trx, scope, { label: split.label, words: split.words, position: current.position + 1 });
    await store.updateTheme(trx, scope, themeId, current.version, { label: kept.label || current.label, words: kept.words, is_label_edited: false });
    await store.place(trx, scope, [
      ...kept.answerIds.map((itemId, rank) => ({ itemId, themeId, rank })),
      ...split.answerIds.map((itemId, rank) => ({ itemId, themeId: newId, rank })),
    ]);
    await store.bumpSet(trx, scope, { edited: true });
    const { itemsKey } = audit;
    await recordAuditEvent(trx, actor, {
      organizationId: scope.organizationId,
      action: `${audit.prefix}_theme.split`,
      entityType: `${audit.prefix}_theme`,
      entityId: themeId,
      before: { label: current.label, [itemsKey]: members.length },
      after: { themes: [{ id: themeId, label: kept.label, [itemsKey]: kept.answerIds.length }, { id: newId, label: split.label, [itemsKey]: split.answerIds.length }] },
    });
    return newId;
  });
}
