import { resolvePercentScale } from '../../../core/evidence/create-row-reader.js';
import { findHeaderRow } from '../../../core/evidence/find-header-row.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findLayout, recognizeFileLayout, type KnownLayout } from '../layouts/find-layout.js';
import { headersOf, missingColumns } from './check-mapping.js';
import { kindOfFile } from './data-file.js';
import { queueDatasetImport } from './dataset-import-job.js';
import { datasetsRepo } from './datasets.repo.js';
import { readDataset } from './read-dataset.js';
import { contentTypeOf, sampleOf, type FileSample } from './stored-file.js';

export interface UploadedFile {
  fileName: string;
  content: Buffer;
}

type Context = Pick<AppContext, 'db' | 'databaseKind' | 'jobs'>;

/** The file's kind and first lines; 400 naming the field when it is not a CSV or workbook, or lacks the sheet. */
export async function readUpload(file: UploadedFile, sheet: string | undefined) {
  const kind = kindOfFile(file.content.subarray(0, 8192));
  if (!kind || file.content.length === 0) throw invalidInput('/file', 'must be a CSV or an Excel workbook (.xlsx)', { code: 'unsupported_file_type' });
  let sample: FileSample | null;
  try {
    sample = await sampleOf(file.content, kind, sheet);
  } catch {
    throw invalidInput('/file', 'could not be read as an Excel workbook', { code: 'unreadable_workbook' });
  }
  if (!sample) throw invalidInput('/sheet', `is not a sheet of the workbook`, { code: 'does_not_exist' });
  return { kind, sample };
}

/**
 * The layout a new file is read with: the one named (which must fit its headers), else the
 * district's saved layout or the library's that recognises its headers; null when it needs a mapping.
 */
export async function layoutForFile(ctx: Context, organizationId: string, sample: FileSample, ref: string | undefined): Promise<KnownLayout | null> {
  if (ref !== undefined) {
    const layout = await findLayout({ db: ctx.db, organizationId, ref });
    if (!layout) throw invalidInput('/layout', 'is not a layout of the library or of the district', { code: 'does_not_exist' });
    const missing = missingColumns(layout.mapping, headersOf(sample, layout.mapping.headerRow), '/layout');
    if (missing.length > 0) throw new AppError('invalid_input', `The layout "${layout.name}" does not fit this file: ${missing[0]!.message}`, missing.map((detail) => ({ ...detail, path: '/layout' })));
    return layout;
  }
  const headerRow = findHeaderRow(sample.rows);
  const layout = await recognizeFileLayout({ db: ctx.db, organizationId, headers: headersOf(sample, headerRow) });
  // A library layout recognised by its headers still has to find them on its own header row.
  if (layout && missingColumns(layout.mapping, headersOf(sample, layout.mapping.headerRow)).length > 0) return null;
  return layout;
}

/** The layout's mapping for this file: its sheet, and an "auto" percent scale decided from the file's first rows. */
export function mappingFor(layout: KnownLayout, sample: FileSample) {
  const headers = headersOf(sample, layout.mapping.headerRow);
  const mapping = { ...layout.mapping, ...(sample.sheet ? { sheet: sample.sheet } : {}) };
  return resolvePercentScale(mapping, headers, sample.rows.slice(layout.mapping.headerRow));
}

/**
 * A new dataset from an uploaded file, stored whole with who loaded it. A layout (named, or
 * recognised by the file's headers) queues the import at once; otherwise the dataset waits for a
 * mapping, with Waymark's proposal.
 */
export async function createDataset(options: { ctx: Context; actor: Actor; organizationId: string; file: UploadedFile; name?: string; layout?: string; sheet?: string }) {
  const { ctx, actor, organizationId, file } = options;
  const { kind, sample } = await readUpload(file, options.sheet);
  const layout = await layoutForFile(ctx, organizationId, sample, options.layout);
  const mapping = layout ? mappingFor(layout, sample) : null;
  const name = options.name?.trim() || file.fileName.replace(/\.(csv|xlsx|txt|tsv)$/i, '') || 'Dataset';
  const { datasetId, importId } = await inTransaction(ctx.db, async (trx) => {
    const dataset = await datasetsRepo.insert(trx, { organizationId, name, status: layout ? 'importing' : 'needs_mapping', layoutRef: layout?.ref ?? null, mapping });
    const created = await datasetsRepo.insertImport(trx, {
      datasetId: dataset.id,
      organizationId,
      status: layout ? 'queued' : 'waiting',
      fileName: file.fileName,
      contentType: contentTypeOf(kind),
      content: file.content,
      sheet: sample.sheet,
      loadedBy: actor.userId,
      loadedByLabel: actor.label,
    });
    await recordAuditEvent(trx, actor, { organizationId, action: 'dataset.created', entityType: 'dataset', entityId: dataset.id, after: { name, file_name: file.fileName, size_bytes: file.content.length, layout: layout?.ref ?? null } });
    return { datasetId: dataset.id, importId: created.id };
  });
  const view = await readDataset({ db: ctx.db, organizationId, datasetId });
  if (layout) await queueDatasetImport(ctx, importId);
  return view;
}
