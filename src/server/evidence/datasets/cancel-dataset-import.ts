import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { datasetRowsRepo } from './dataset-rows.repo.js';
import { datasetsRepo, UNFINISHED } from './datasets.repo.js';
import { readDataset } from './read-dataset.js';

/**
 * Stops the dataset's unfinished import: it is cancelled and its rows deleted now; a runner still
 * reading sees it at its next batch and stops (deleting what it wrote meanwhile). The previous
 * import stays current. 409 when nothing is running.
 */
export async function cancelDatasetImport(options: { db: Kysely<DB>; actor: Actor; organizationId: string; datasetId: string }) {
  const { db, actor, organizationId, datasetId } = options;
  await inTransaction(db, async (trx) => {
    const dataset = await datasetsRepo.find(trx, organizationId, datasetId, { lock: true });
    if (!dataset) throw notFound('Dataset');
    const unfinished = (await datasetsRepo.imports(trx, datasetId)).filter((row) => UNFINISHED.includes(row.status));
    if (unfinished.length === 0) throw new AppError('conflict', 'No import of this dataset is running');
    for (const row of unfinished) {
      await datasetsRepo.findImport(trx, row.id, { lock: true });
      await datasetsRepo.setImport(trx, row.id, { status: 'cancelled', cancelRequested: true, rowsWritten: 0, finished: true });
      await datasetRowsRepo.deleteOfImport(trx, row.id);
    }
    await datasetsRepo.update(trx, datasetId, { status: dataset.current_import_id ? 'ready' : 'cancelled', bumpVersion: true });
    await recordAuditEvent(trx, actor, { organizationId, action: 'dataset.import_cancelled', entityType: 'dataset', entityId: datasetId, after: { import_ids: unfinished.map((row) => row.id) } });
  });
  return readDataset({ db, organizationId, datasetId });
}
