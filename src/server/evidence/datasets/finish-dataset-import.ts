import type { Kysely } from 'kysely';
import type { RowReader } from '../../../core/evidence/create-row-reader.js';
import type { DatasetMapping, RowProblem } from '../../../core/evidence/dataset-mapping.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { recordFileEntities, type FileEntity } from '../entities/record-file-entities.js';
import { refreshMeasureFeeds } from '../measure-feeds/refresh-measure-feeds.js';
import { datasetRowsRepo } from './dataset-rows.repo.js';
import { datasetsRepo } from './datasets.repo.js';

/** What an import counted as it read. */
export interface Tally {
  rowsRead: number;
  bytesRead: number;
  rowsWritten: number;
  suppressed: number;
  missing: number;
  problems: RowProblem[];
  problemCount: number;
}

/**
 * The end of an import. Stopped (cancelled, or the dataset deleted) or with problems: its rows are
 * deleted, nothing half-imported stays. Otherwise, in one transaction: it becomes the dataset's
 * current import, the previous one's rows go (its file too), the metrics and the files' schools are
 * recorded, with the audit row; then the plan measures fed by the district's indicators refresh.
 */
export async function finishDatasetImport(options: {
  db: Kysely<DB>;
  claimed: { id: string; dataset_id: string; organization_id: string; loaded_by: string | null; loaded_by_label: string };
  tally: Tally;
  isStopped: boolean;
  reader: RowReader;
  entities: FileEntity[];
  mapping: DatasetMapping;
}) {
  const { db, claimed, tally, reader, entities } = options;
  const importId = claimed.id;
  const organizationId = claimed.organization_id;
  const counters = { bytesRead: tally.bytesRead, rowsRead: tally.rowsRead, suppressed: tally.suppressed, missing: tally.missing };

  if (options.isStopped) {
    await datasetRowsRepo.deleteOfImport(db, importId);
    await datasetsRepo.setImport(db, importId, { status: 'cancelled', rowsWritten: 0, finished: true });
    return;
  }
  if (tally.problemCount > 0) {
    await datasetRowsRepo.deleteOfImport(db, importId);
    await inTransaction(db, async (trx) => {
      await datasetsRepo.setImport(trx, importId, { ...counters, status: 'failed', rowsWritten: 0, problems: tally.problems, problemCount: tally.problemCount, finished: true });
      await datasetsRepo.update(trx, claimed.dataset_id, { status: 'failed' });
      await recordAuditEvent(trx, { userId: claimed.loaded_by, label: claimed.loaded_by_label }, { organizationId, action: 'dataset.import_failed', entityType: 'dataset', entityId: claimed.dataset_id, after: { import_id: importId, problem_count: tally.problemCount } });
    });
    return;
  }

  const isDone = await inTransaction(db, async (trx) => {
    const dataset = await datasetsRepo.find(trx, organizationId, claimed.dataset_id, { lock: true });
    const own = await datasetsRepo.findImport(trx, importId, { lock: true });
    // Cancelled between the last batch and here: the cancel wins.
    if (!dataset || !own || own.cancel_requested || own.status !== 'running') return false;
    const previous = dataset.current_import_id;
    if (previous && previous !== importId) {
      await datasetRowsRepo.deleteOfImport(trx, previous);
      await datasetsRepo.setImport(trx, previous, { status: 'replaced', dropContent: true });
    }
    await datasetsRepo.setImport(trx, importId, { ...counters, status: 'done', rowsWritten: tally.rowsWritten, problems: [], problemCount: 0, finished: true });
    await datasetsRepo.update(trx, dataset.id, { status: 'ready', currentImportId: importId });
    await datasetsRepo.upsertMetrics(trx, organizationId, reader.metrics());
    await recordFileEntities(trx, organizationId, entities);
    await recordAuditEvent(trx, { userId: claimed.loaded_by, label: claimed.loaded_by_label }, {
      organizationId,
      action: 'dataset.imported',
      entityType: 'dataset',
      entityId: dataset.id,
      before: previous ? { import_id: previous } : undefined,
      after: { import_id: importId, rows: tally.rowsWritten, suppressed: tally.suppressed, missing: tally.missing },
    });
    return true;
  });
  if (!isDone) {
    await datasetRowsRepo.deleteOfImport(db, importId);
    await datasetsRepo.setImport(db, importId, { status: 'cancelled', rowsWritten: 0, finished: true });
    return;
  }
  await refreshMeasureFeeds({ db, organizationId });
}
