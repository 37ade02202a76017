import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { ThemedSubject, ThemeWrite } from './theme-kind.js';
import type { ThemeItemRow, ThemeOwner } from './theme-store.js';

/**
 * Gives a theme the team's own name. `basedOn` is the theme's version the caller saw: when someone
 * renamed or changed it since, 409 with the theme as it is now.
 */
export async function renameTheme<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject>(
  options: ThemeWrite<S, Item, Subject> & { themeId: string; basedOn: number; label: string },
) {
  const { kind, db, actor, scope, themeId, basedOn, label } = options;
  const { store, audit } = kind;
  await kind.load(db, scope);
  return inTransaction(db, async (trx) => {
    if (!(await store.findSet(trx, scope, { lock: true }))) throw notFound('Theme');
    const before = await store.findTheme(trx, scope, themeId);
    if (!before) throw notFound('Theme');
    const updated = await store.updateTheme(trx, scope, themeId, basedOn, { label, is_label_edited: true });
    if (!updated) throw new AppError('conflict', 'Someone changed this theme meanwhile; review it and try again', [], { reason: 'stale', theme: { id: before.id, label: before.label, version: before.version } });
    await store.bumpSet(trx, scope, { edited: true });
    await recordAuditEvent(trx, actor, {
      organizationId: scope.organizationId,
      action: `${audit.prefix}_theme.renamed`,
      entityType: `${audit.prefix}_theme`,
      entityId: themeId,
      before: { label: before.label },
      after: { label },
    });
  });
}
