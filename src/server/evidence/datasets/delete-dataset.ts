import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { refreshMeasureFeeds } from '../measure-feeds/refresh-measure-feeds.js';
import { datasetsRepo } from './datasets.repo.js';

/**
 * Deletes a dataset with its files and rows (a runner still reading finds it gone and stops). The
 * measures its indicators fed refresh from what data is left.
 */
export async function deleteDataset(options: { db: Kysely<DB>; actor: Actor; organizationId: string; datasetId: string }) {
  const { db, actor, organizationId, datasetId } = options;
  await inTransaction(db, async (trx) => {
    const dataset = await datasetsRepo.find(trx, organizationId, datasetId, { lock: true });
    if (!dataset) throw notFound('Dataset');
    await datasetsRepo.delete(trx, organizationId, datasetId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'dataset.deleted', entityType: 'dataset', entityId: datasetId, before: { name: dataset.name, layout: dataset.layout_ref, current_import_id: dataset.current_import_id } });
  });
  await refreshMeasureFeeds({ db, organizationId });
}
