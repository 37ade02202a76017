import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { BackupRow } from './backup-columns.js';
import { backupUsers } from './backup-tables.js';
import { backupRepo } from './backup.repo.js';

export interface RestoredUsers {
  /** The id each backup user has in this database. */
  idFor: ReadonlyMap<string, string>;
  created: number;
  matched: number;
}

/**
 * Matches the backup's people to this database by email. An existing account is kept exactly as
 * it is (name, password, operator status); a missing one is created from the backup.
 */
export async function restoreUsers(trx: Transaction<DB>, users: readonly BackupRow[]): Promise<RestoredUsers> {
  const existing = await backupRepo.findUsersByEmail(trx, users.map((user) => String(user.email)));
  const existingIdByEmail = new Map(existing.map((user) => [user.email, user.id]));
  const idFor = new Map<string, string>();
  const missing: BackupRow[] = [];
  for (const user of users) {
    const existingId = existingIdByEmail.get(String(user.email));
    if (existingId) idFor.set(String(user.id), existingId);
    else missing.push(user);
  }
  const takenIds = await backupRepo.findTakenUserIds(trx, missing.map((user) => String(user.id)));
  const created = missing.map((user) => {
    // The id may belong to an account here whose email changed since the backup; it cannot be shared.
    const id = takenIds.has(String(user.id)) ? randomUUID() : String(user.id);
    idFor.set(String(user.id), id);
    // Operating this instance (reading all of its mail) is this instance's decision, not the backup's.
    return { ...user, id, is_operator: false };
  });
  await backupRepo.insertRows(trx, backupUsers.table, backupUsers.columnNames, created);
  return { idFor, created: created.length, matched: users.length - created.length };
}
