import { inTransaction } from '../../db/transaction.js';
import { invalidInput } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkVersion, noThemesYet, runThemeWork, type ThemedSubject, type ThemeWrite } from './theme-kind.js';
import type { ThemeItemRow, ThemeOwner } from './theme-store.js';
import type { WorkerLine } from './worker-runner.js';

/**
 * Merges two or more themes into the first of them in the list's order: their items together
 * (the most central of each first), under the team's label or, without one, a label suggested for
 * the merged items against all the subject's items (worked out in a worker thread).
 */
export async function mergeThemes<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject>(
  options: ThemeWrite<S, Item, Subject> & { line: WorkerLine; basedOn: number; themeIds: string[]; label: string | null },
) {
  const { kind, db, actor, scope, line, basedOn, themeIds, label } = options;
  const { store, words, audit } = kind;
  const { ignoreWords } = await kind.load(db, scope);
  const themes = await store.listThemes(db, scope);
  themeIds.forEach((id, index) => {
    if (!themes.some((theme) => theme.id === id)) throw invalidInput(`/theme_ids/${index}`, `is not a theme of this ${words.subject}`, { code: 'does_not_exist' });
  });
  const items = await store.listItems(db, scope);
  const merged = items.filter((item) => item.theme_id !== null && themeIds.includes(item.theme_id));
  const suggestion = label === null ? await runThemeWork(kind, line, scope, { task: 'label', answers: merged.map(textOf), among: items.map(textOf), ignoreWords }) : null;
  return inTransaction(db, async (trx) => {
    const set = await store.findSet(trx, scope, { lock: true });
    if (!set) throw noThemesYet(words.subject);
    checkVersion(set.version, basedOn);
    const current = await store.listThemes(trx, scope);
    const chosen = current.filter((theme) => themeIds.includes(theme.id)).sort((a, b) => a.position - b.position);
    const target = chosen[0]!;
    const others = chosen.slice(1);
    // Interleaved by nearness, so the merged theme's first items (its samples) come from each part.
    const ordered = [...merged].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || themeIds.indexOf(a.theme_id!) - themeIds.indexOf(b.theme_id!));
    await store.place(trx, scope, ordered.map((item, rank) => ({ itemId: item.id, themeId: target.id, rank })));
    await store.deleteThemes(trx, scope, others.map((theme) => theme.id));
    const newLabel = label ?? (suggestion?.label || target.label);
    await store.updateTheme(trx, scope, target.id, target.version, { label: newLabel, words: suggestion?.words ?? (target.words as string[]), is_label_edited: label !== null });
    await store.bumpSet(trx, scope, { edited: true });
    await recordAuditEvent(trx, actor, {
      organizationId: scope.organizationId,
      action: `${audit.prefix}_themes.merged`,
      entityType: `${audit.prefix}_theme`,
      entityId: target.id,
      before: { themes: chosen.map((theme) => ({ id: theme.id, label: theme.label })) },
      after: { label: newLabel, [audit.itemsKey]: ordered.length },
    });
    return target.id;
  });
}

const textOf = (item: ThemeItemRow) => ({ id: item.id, text: item.text });
