import type { Kysely, Transaction } from 'kysely';
import type { DatabaseKind } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { datasetRowsRepo } from './dataset-rows.repo.js';
import { datasetsRepo } from './datasets.repo.js';
import { isImportAlive } from './import-liveness.js';

/**
 * Before a new file (or mapping) of a dataset is imported, its unfinished imports step aside: one
 * waiting or queued is cancelled, one running is asked to stop (its runner deletes its rows), and
 * one left 'running' by a process that died is failed and its rows deleted, so it never stays
 * "running" forever.
 */
export async function supersedeImports(db: Kysely<DB>, trx: Transaction<DB>, kind: DatabaseKind, datasetId: string) {
  for (const row of await datasetsRepo.imports(trx, datasetId)) {
    if (row.status === 'waiting' || row.status === 'queued') {
      await datasetsRepo.setImport(trx, row.id, { status: 'cancelled', cancelRequested: true, finished: true });
    } else if (row.status === 'running') {
      if (await isImportAlive(db, kind, row.id)) {
        await datasetsRepo.setImport(trx, row.id, { status: 'cancelled', cancelRequested: true, finished: true });
      } else {
        const problem = { line: 0, column: '', message: 'The import stopped when the server did; it was not finished' };
        await datasetsRepo.setImport(trx, row.id, { status: 'failed', problems: [problem], problemCount: 1, finished: true });
      }
      await datasetRowsRepo.deleteOfImport(trx, row.id);
    }
  }
}
