import { inTransaction } from '../../db/transaction.js';
import { invalidInput } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkVersion, noThemesYet, setAuditEntry, type ThemedSubject, type ThemeWrite } from './theme-kind.js';
import type { ThemeItemRow, ThemeOwner } from './theme-store.js';

/**
 * Moves items into another theme (after the items already there), or out of every theme
 * (`themeId` null: "not sorted"). Each item stays in at most one theme.
 */
export async function moveThemeItems<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject>(
  options: ThemeWrite<S, Item, Subject> & { basedOn: number; itemIds: string[]; themeId: string | null },
) {
  const { kind, db, actor, scope, basedOn, itemIds, themeId } = options;
  const { store, words, audit } = kind;
  await kind.load(db, scope);
  await inTransaction(db, async (trx) => {
    const set = await store.findSet(trx, scope, { lock: true });
    if (!set) throw noThemesYet(words.subject);
    checkVersion(set.version, basedOn);
    if (themeId !== null && !(await store.findTheme(trx, scope, themeId))) throw invalidInput('/theme_id', `is not a theme of this ${words.subject}`, { code: 'does_not_exist' });
    const existing = await store.existingItemIds(trx, scope, itemIds);
    itemIds.forEach((id, index) => {
      if (!existing.has(id)) throw invalidInput(`/${audit.idsKey}/${index}`, words.notAnItem, { code: 'does_not_exist' });
    });
    const first = await store.nextRank(trx, scope, themeId);
    await store.place(trx, scope, itemIds.map((itemId, index) => ({ itemId, themeId, rank: first + index })));
    await store.bumpSet(trx, scope, { edited: true });
    await recordAuditEvent(trx, actor, setAuditEntry(audit, scope, `${audit.itemsKey}_moved`, { theme_id: themeId, [audit.idsKey]: itemIds }));
  });
}
