import { layoutFingerprint } from '../../../core/evidence/layout-fingerprint.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { layoutsRepo } from '../layouts/layouts.repo.js';
import { parseMapping } from './check-mapping.js';
import { queueDatasetImport } from './dataset-import-job.js';
import { datasetsRepo } from './datasets.repo.js';
import { pendingFileOf } from './preview-dataset.js';
import { readDataset } from './read-dataset.js';
import { sampleOfStored } from './stored-file.js';
import { supersedeImports } from './supersede-imports.js';
import { resolvePercentScale } from '../../../core/evidence/create-row-reader.js';

/**
 * Imports the dataset's file with a mapping (the one sent, else the dataset's), optionally saved
 * as a layout of the district for next year's file. The file waiting for a mapping (or one that
 * failed or was cancelled) is queued again; the current file with a new mapping is a new import.
 */
export async function startDatasetImport(options: {
  ctx: Pick<AppContext, 'db' | 'databaseKind' | 'jobs'>;
  actor: Actor;
  organizationId: string;
  datasetId: string;
  mapping?: unknown;
  saveLayoutAs?: string;
  version: number;
}) {
  const { ctx, actor, organizationId, datasetId } = options;
  const db = ctx.db;
  const existing = await datasetsRepo.find(db, organizationId, datasetId);
  if (!existing) throw notFound('Dataset');
  const raw = options.mapping ?? existing.mapping;
  if (raw === null || raw === undefined) throw invalidInput('/mapping', 'is required: this dataset has no mapping yet', { code: 'required' });
  const file = await pendingFileOf(db, datasetId);
  const { mapping: parsed, sample, headers } = await parseMapping(raw, (candidate) => sampleOfStored(db, file, candidate.sheet ?? file.sheet));
  const mapping = resolvePercentScale(parsed, headers, sample.rows.slice(parsed.headerRow));

  const importId = await inTransaction(db, async (trx) => {
    const dataset = await datasetsRepo.find(trx, organizationId, datasetId, { lock: true });
    if (!dataset) throw notFound('Dataset');
    if (dataset.version !== options.version) throw new AppError('conflict', 'Someone changed this dataset meanwhile; review it and try again', [], { current: { version: dataset.version, status: dataset.status } });
    let layoutRef = options.mapping === undefined ? dataset.layout_ref : null;
    if (options.saveLayoutAs) {
      const saved = await layoutsRepo.save(trx, { organizationId, name: options.saveLayoutAs, fingerprint: layoutFingerprint(headers), mapping: parsed, createdBy: actor.userId });
      layoutRef = `saved:${saved.id}`;
    }
    const reusable = file.status === 'waiting' || file.status === 'failed' || file.status === 'cancelled';
    await supersedeImports(db, trx, ctx.databaseKind, datasetId);
    let id: string;
    if (reusable) {
      await datasetsRepo.setImport(trx, file.id, { reset: true, status: 'queued', sheet: mapping.sheet ?? file.sheet });
      id = file.id;
    } else {
      id = (await datasetsRepo.copyImport(trx, file.id, { status: 'queued', loadedBy: actor.userId, loadedByLabel: actor.label })).id;
    }
    await datasetsRepo.update(trx, datasetId, { status: 'importing', mapping, layoutRef, bumpVersion: true });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'dataset.import_started',
      entityType: 'dataset',
      entityId: datasetId,
      before: { mapping: dataset.mapping, layout: dataset.layout_ref },
      after: { mapping, layout: layoutRef, import_id: id },
    });
    return id;
  });
  const view = await readDataset({ db, organizationId, datasetId });
  await queueDatasetImport(ctx, importId);
  return view;
}
