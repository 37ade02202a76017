import type { Kysely, Transaction } from 'kysely';
import { uniqueSlug } from '../../../core/platform/slug.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import type { BackupRow } from './backup-columns.js';
import { parseBackupDocument, type BackupDocument } from './backup-document.js';
import { backupTables } from './backup-tables.js';
import { backupRepo } from './backup.repo.js';
import { outsideOrganizationIds, prepareRestoredRows } from './prepare-restored-rows.js';
import { restoreUsers } from './restore-users.js';

export interface RestoreSummary {
  districtId: string;
  districtName: string;
  backupCreatedAt: string;
  wasReplaced: boolean;
  /** Rows written, by table. */
  restored: Record<string, number>;
  users: { created: number; matched: number };
  /** Where the restored district differs from the backup, and why. */
  notes: string[];
}

/**
 * Writes a district backup into this database in one transaction: all of it or none. The
 * document is checked before anything is written. A district with the same id is refused
 * unless `replace`, which deletes its rows first in the same transaction. People are matched by
 * email: an existing account is kept as is and the restored rows point at it.
 */
export async function restoreDistrict(options: { db: Kysely<DB>; actor: Actor; document: unknown; replace: boolean }): Promise<RestoreSummary> {
  const backup = parseBackupDocument(options.document);
  try {
    return await inTransaction(options.db, (trx) => writeBackup(trx, options.actor, backup, options.replace));
  } catch (error) {
    if (!isDatabaseError(error)) throw error;
    throw new AppError('invalid_input', `The database refused the backup, so nothing was restored: ${error.message}`, [
      { path: error.table ?? '(database)', message: error.detail ?? error.message, code: 'refused_by_database' },
    ]);
  }
}

async function writeBackup(trx: Transaction<DB>, actor: Actor, backup: BackupDocument, replace: boolean): Promise<RestoreSummary> {
  const { districtId } = backup;
  const existing = await organizationsRepo.findById(trx, districtId);
  if (existing) {
    if (existing.kind !== 'district') throw new AppError('conflict', `The id ${districtId} belongs to the network ${existing.name} here, so nothing was restored`);
    if (!replace) {
      throw new AppError('already_exists', `The district ${existing.name} (${districtId}) is already here, so nothing was restored`, [
        { path: '/replace', message: "deletes the district's current data and restores the backup in its place", code: 'replace_to_overwrite' },
      ]);
    }
    // Children first, the reverse of the order they are restored in.
    for (const entry of [...backupTables].reverse()) await backupRepo.deleteRows(trx, entry.table, entry.districtColumn, districtId);
  }

  const notes: string[] = [];
  const users = await restoreUsers(trx, backup.users);
  const target = {
    userIdFor: users.idFor,
    presentOrganizationIds: await backupRepo.findExistingOrganizationIds(trx, outsideOrganizationIds(backupTables, backup.tables)),
  };
  const restored: Record<string, number> = {};
  for (const entry of backupTables) {
    let rows = entry.orderRows(prepareRestoredRows(entry, backup.tables[entry.table] ?? [], target, notes));
    if (entry.table === 'organizations') rows = await withFreeSlug(trx, rows, notes);
    // A column the backup predates is left out so it takes its default; a serial key is renumbered.
    const columns = entry.columnNames.filter((column) => column !== entry.serialColumn && rows.some((row) => column in row));
    await backupRepo.insertRows(trx, entry.table, columns, rows);
    restored[entry.table] = rows.length;
  }

  const counts = { created: users.created, matched: users.matched };
  await recordAuditEvent(trx, actor, {
    organizationId: districtId,
    action: 'district.restored',
    entityType: 'organization',
    entityId: districtId,
    after: { backupCreatedAt: backup.createdAt, wasReplaced: existing !== undefined, restored, users: counts, notes },
  });
  const districtName = String(backup.tables.organizations?.[0]?.name);
  return { districtId, districtName, backupCreatedAt: backup.createdAt, wasReplaced: existing !== undefined, restored, users: counts, notes };
}

/** Slugs are unique across the instance; another organization here may already use the district's. */
async function withFreeSlug(trx: Transaction<DB>, rows: BackupRow[], notes: string[]): Promise<BackupRow[]> {
  return Promise.all(
    rows.map(async (row) => {
      const slug = String(row.slug);
      const taken = await backupRepo.findSlugsLike(trx, slug);
      if (!taken.has(slug)) return row;
      const free = uniqueSlug(slug, taken);
      notes.push(`The slug "${slug}" belongs to another organization here, so the district's slug is now "${free}"`);
      return { ...row, slug: free };
    }),
  );
}

interface DatabaseError extends Error {
  code: string;
  table?: string;
  detail?: string;
}

/** PostgreSQL's refusals (constraints, types) carry a five-character SQLSTATE code. */
function isDatabaseError(error: unknown): error is DatabaseError {
  return error instanceof Error && typeof (error as Partial<DatabaseError>).code === 'string' && /^[0-9A-Z]{5}$/.test((error as DatabaseError).code);
}
