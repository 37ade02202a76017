import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import type { BackupRow } from './backup-columns.js';
import { backupFormat, backupVersion, parseBackupDocument, type BackupDocument } from './backup-document.js';
import { backupTables } from './backup-tables.js';
import { backupRepo } from './backup.repo.js';

/**
 * Reads every row of one district (the tables of backupTables) and the people those rows point
 * at, password hashes included so that a restore lets them sign in. All reads share one snapshot,
 * so a backup taken while the server runs is consistent.
 */
export async function backupDistrict(options: { db: Kysely<DB>; districtId: string }): Promise<BackupDocument> {
  const { db, districtId } = options;
  const document = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const district = await organizationsRepo.findById(trx, districtId);
      if (!district) throw new AppError('not_found', `No organization has the id ${districtId}`, [{ path: '/districtId', message: 'does not exist', code: 'does_not_exist' }]);
      if (district.kind !== 'district') {
        throw new AppError('invalid_input', `${district.name} is a network; back up its districts one by one`, [{ path: '/districtId', message: 'is a network', code: 'is_a_network' }]);
      }
      const tables: Record<string, BackupRow[]> = {};
      const userIds = new Set<string>();
      for (const entry of backupTables) {
        const rows = await backupRepo.selectRows(trx, entry.table, entry.districtColumn, districtId, entry.serialColumn);
        tables[entry.table] = rows;
        for (const row of rows) {
          for (const column of entry.userColumns) if (typeof row[column] === 'string') userIds.add(row[column]);
        }
      }
      const users = await backupRepo.selectUsers(trx, [...userIds]);
      return { format: backupFormat, version: backupVersion, createdAt: new Date().toISOString(), districtId, users, tables } as const;
    });
  // A backup that restore would refuse is worse than none: check it now, while the data is still here.
  return parseBackupDocument(JSON.parse(JSON.stringify(document)));
}
