import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { themesRepo, type ThemeRow } from './themes.repo.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
}

export const presentTheme = (row: ThemeRow) => ({ id: row.id, name: row.name, description: row.description, groups: row.groups ?? 0, passages: row.passages ?? 0, version: row.version });

const nameTaken = (name: string) => invalidInput('/name', `"${name}" is already a theme of this cycle`, { code: 'duplicate' });

/** Adds a theme to the cycle's codebook; one name means one theme (case aside). */
export function addTheme(options: Scope & { values: { name: string; description?: string } }) {
  const { db, actor, organizationId, cycleId, values } = options;
  return inTransaction(db, async (trx) => {
    if (!(await readCycleContents({ db: trx, organizationId, cycleId }))) throw notFound('Cycle');
    await themesRepo.lockCodebook(trx, cycleId);
    if (await themesRepo.findByName(trx, cycleId, values.name)) throw nameTaken(values.name);
    const { id } = await themesRepo.insert(trx, { organizationId, cycleId, name: values.name, description: values.description ?? '' });
    const theme = presentTheme((await themesRepo.find(trx, organizationId, cycleId, id))!);
    await recordAuditEvent(trx, actor, { organizationId, action: 'focus_group_theme.added', entityType: 'focus_group_theme', entityId: id, after: { cycleId, name: theme.name, description: theme.description } });
    return theme;
  });
}

/** Renames or redescribes a theme; its codes follow. A stale version is 409 with the current theme. */
export function changeTheme(options: Scope & { themeId: string; version: number; values: { name?: string; description?: string } }) {
  const { db, actor, organizationId, cycleId, themeId, version, values } = options;
  return inTransaction(db, async (trx) => {
    await themesRepo.lockCodebook(trx, cycleId);
    const before = await themesRepo.find(trx, organizationId, cycleId, themeId);
    if (!before) throw notFound('Theme');
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this theme; review and try again', [], { current: presentTheme(before) });
    if (values.name !== undefined) {
      const holder = await themesRepo.findByName(trx, cycleId, values.name);
      if (holder && holder.id !== themeId) throw nameTaken(values.name);
    }
    await themesRepo.update(trx, themeId, version, values);
    const after = presentTheme((await themesRepo.find(trx, organizationId, cycleId, themeId))!);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'focus_group_theme.changed',
      entityType: 'focus_group_theme',
      entityId: themeId,
      before: { name: before.name, description: before.description },
      after: { name: after.name, description: after.description },
    });
    return after;
  });
}

/** Removes a theme from the codebook, and with it every code that attached it to notes. */
export function removeTheme(options: Scope & { themeId: string }) {
  const { db, actor, organizationId, cycleId, themeId } = options;
  return inTransaction(db, async (trx) => {
    await themesRepo.lockCodebook(trx, cycleId);
    const before = await themesRepo.find(trx, organizationId, cycleId, themeId);
    if (!before) throw notFound('Theme');
    await themesRepo.remove(trx, themeId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'focus_group_theme.removed', entityType: 'focus_group_theme', entityId: themeId, before: presentTheme(before) });
    return { removed: themeId, codes_removed: before.passages ?? 0 };
  });
}
