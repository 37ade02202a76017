import type { DatasetMapping } from '../../../core/evidence/dataset-mapping.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { headersOf, missingColumns } from './check-mapping.js';
import { layoutForFile, readUpload, type UploadedFile } from './create-dataset.js';
import { queueDatasetImport } from './dataset-import-job.js';
import { datasetsRepo } from './datasets.repo.js';
import { readDataset } from './read-dataset.js';
import { contentTypeOf } from './stored-file.js';
import { supersedeImports } from './supersede-imports.js';

/**
 * A corrected file for a dataset: imported at once with the dataset's mapping when its headers
 * still fit (the current rows stay until it is done), else the dataset needs a mapping again.
 */
export async function replaceDatasetFile(options: { ctx: Pick<AppContext, 'db' | 'databaseKind' | 'jobs'>; actor: Actor; organizationId: string; datasetId: string; file: UploadedFile }) {
  const { ctx, actor, organizationId, datasetId, file } = options;
  const dataset = await datasetsRepo.find(ctx.db, organizationId, datasetId);
  if (!dataset) throw notFound('Dataset');
  const previous = dataset.mapping as DatasetMapping | null;
  const { kind, sample } = await readUpload(file, previous?.sheet);
  let mapping = previous && missingColumns(previous, headersOf(sample, previous.headerRow)).length === 0 ? previous : null;
  let layoutRef = mapping ? dataset.layout_ref : null;
  if (!mapping) {
    const layout = await layoutForFile(ctx, organizationId, sample, undefined);
    if (layout) [mapping, layoutRef] = [layout.mapping, layout.ref];
  }
  const importId = await inTransaction(ctx.db, async (trx) => {
    if (!(await datasetsRepo.find(trx, organizationId, datasetId, { lock: true }))) throw notFound('Dataset');
    await supersedeImports(ctx.db, trx, ctx.databaseKind, datasetId);
    const created = await datasetsRepo.insertImport(trx, {
      datasetId,
      organizationId,
      status: mapping ? 'queued' : 'waiting',
      fileName: file.fileName,
      contentType: contentTypeOf(kind),
      content: file.content,
      sheet: sample.sheet,
      loadedBy: actor.userId,
      loadedByLabel: actor.label,
    });
    await datasetsRepo.update(trx, datasetId, { status: mapping ? 'importing' : 'needs_mapping', mapping, layoutRef, bumpVersion: true });
    await recordAuditEvent(trx, actor, { organizationId, action: 'dataset.file_replaced', entityType: 'dataset', entityId: datasetId, after: { import_id: created.id, file_name: file.fileName, size_bytes: file.content.length } });
    return created.id;
  });
  const view = await readDataset({ db: ctx.db, organizationId, datasetId });
  if (mapping) await queueDatasetImport(ctx, importId);
  return view;
}
