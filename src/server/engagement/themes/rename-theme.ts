import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { loadTextQuestion, type ThemeWriteScope } from './theme-scope.js';
import { themesRepo } from './themes.repo.js';

/**
 * Gives a theme the team's own name. `basedOn` is the theme's version the caller saw: when someone
 * renamed or changed it since, 409 with the theme as it is now.
 */
export async function renameTheme(options: ThemeWriteScope & { themeId: string; basedOn: number; label: string }) {
  const { db, actor, themeId, basedOn, label } = options;
  await loadTextQuestion(options);
  return inTransaction(db, async (trx) => {
    if (!(await themesRepo.findSet(trx, options, { lock: true }))) throw notFound('Theme');
    const before = await themesRepo.findTheme(trx, options, themeId);
    if (!before) throw notFound('Theme');
    const updated = await themesRepo.updateTheme(trx, options, themeId, basedOn, { label, is_label_edited: true });
    if (!updated) throw new AppError('conflict', 'Someone changed this theme meanwhile; review it and try again', [], { reason: 'stale', theme: { id: before.id, label: before.label, version: before.version } });
    await themesRepo.bumpSet(trx, options, { edited: true });
    await recordAuditEvent(trx, actor, {
      organizationId: options.organizationId,
      action: 'survey_theme.renamed',
      entityType: 'survey_theme',
      entityId: themeId,
      before: { label: before.label },
      after: { label },
    });
  });
}
