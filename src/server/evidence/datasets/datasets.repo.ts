import { sql, type Kysely, type Transaction } from 'kysely';
import type { MetricDefinition } from '../../../core/evidence/dataset-mapping.js';
import type { DB } from '../../db/schema.js';
import type { DatasetStatus, ImportStatus } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

const importColumns = [
  'id',
  'dataset_id',
  'organization_id',
  'status',
  'file_name',
  'content_type',
  'size_bytes',
  'sheet',
  'bytes_read',
  'rows_read',
  'rows_written',
  'suppressed',
  'missing',
  'problems',
  'problem_count',
  'cancel_requested',
  'loaded_by',
  'loaded_by_label',
  'created_at',
  'started_at',
  'finished_at',
] as const;

export type DatasetRow = Awaited<ReturnType<typeof datasetsRepo.find>> & {};
export type ImportRow = Awaited<ReturnType<typeof datasetsRepo.imports>>[number];

/** The statuses of an import still in the dataset's way: a new file waits for none of them. */
export const UNFINISHED: ImportStatus[] = ['waiting', 'queued', 'running'];

/** Datasets and their imports (with the stored source file); the tidy rows are dataset-rows.repo.ts. */
export const datasetsRepo = {
  find(db: Executor, organizationId: string, id: string, options: { lock?: boolean } = {}) {
    const query = db
      .selectFrom('datasets')
      .select(['id', 'organization_id', 'name', 'status', 'layout_ref', 'mapping', 'current_import_id', 'version', 'created_at', 'updated_at'])
      .where('organization_id', '=', organizationId)
      .where('id', '=', id);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  list(db: Executor, organizationId: string) {
    return db
      .selectFrom('datasets')
      .select(['id', 'organization_id', 'name', 'status', 'layout_ref', 'mapping', 'current_import_id', 'version', 'created_at', 'updated_at'])
      .where('organization_id', '=', organizationId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
  },

  /** The district that owns a dataset, for the access rule. */
  async findOwner(db: Executor, id: string) {
    return (await db.selectFrom('datasets').select('organization_id').where('id', '=', id).executeTakeFirst())?.organization_id;
  },

  insert(trx: Transaction<DB>, values: { organizationId: string; name: string; status: DatasetStatus; layoutRef: string | null; mapping: unknown }) {
    return trx
      .insertInto('datasets')
      .values({ organization_id: values.organizationId, name: values.name, status: values.status, layout_ref: values.layoutRef, mapping: values.mapping === null ? null : JSON.stringify(values.mapping) })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, id: string, values: { status?: DatasetStatus; layoutRef?: string | null; mapping?: unknown; currentImportId?: string | null; bumpVersion?: boolean }) {
    return trx
      .updateTable('datasets')
      .set({
        ...(values.status !== undefined && { status: values.status }),
        ...(values.layoutRef !== undefined && { layout_ref: values.layoutRef }),
        ...(values.mapping !== undefined && { mapping: values.mapping === null ? null : JSON.stringify(values.mapping) }),
        ...(values.currentImportId !== undefined && { current_import_id: values.currentImportId }),
        ...(values.bumpVersion && { version: sql<number>`version + 1` }),
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
  },

  delete(trx: Transaction<DB>, organizationId: string, id: string) {
    return trx.deleteFrom('datasets').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  },

  /** A dataset's imports, newest first (the history, and the one running). */
  imports(db: Executor, datasetId: string) {
    return db
      .selectFrom('dataset_imports as i')
      .leftJoin('users as u', 'u.id', 'i.loaded_by')
      .select(importColumns.map((column) => `i.${column}` as const))
      .select('u.name as loaded_by_name')
      .where('i.dataset_id', '=', datasetId)
      .orderBy('i.created_at', 'desc')
      .orderBy('i.id', 'desc')
      .execute();
  },

  /** Every import of the district's datasets, newest first (the list shows each dataset's). */
  importsOfDistrict(db: Executor, organizationId: string) {
    return db
      .selectFrom('dataset_imports as i')
      .leftJoin('users as u', 'u.id', 'i.loaded_by')
      .select(importColumns.map((column) => `i.${column}` as const))
      .select('u.name as loaded_by_name')
      .where('i.organization_id', '=', organizationId)
      .orderBy('i.created_at', 'desc')
      .orderBy('i.id', 'desc')
      .execute();
  },

  findImport(db: Executor, importId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('dataset_imports').select(importColumns).where('id', '=', importId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  insertImport(
    trx: Transaction<DB>,
    values: { datasetId: string; organizationId: string; status: ImportStatus; fileName: string; contentType: string; content: Buffer; sheet: string | null; loadedBy: string | null; loadedByLabel: string },
  ) {
    return trx
      .insertInto('dataset_imports')
      .values({
        dataset_id: values.datasetId,
        organization_id: values.organizationId,
        status: values.status,
        file_name: values.fileName,
        content_type: values.contentType,
        size_bytes: values.content.length,
        content: values.content,
        sheet: values.sheet,
        loaded_by: values.loadedBy,
        loaded_by_label: values.loadedByLabel,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  /** A new import of a file already stored (a new mapping for the current file): the bytes are copied in the database. */
  async copyImport(trx: Transaction<DB>, fromImportId: string, values: { status: ImportStatus; loadedBy: string | null; loadedByLabel: string }) {
    const result = await sql<{ id: string }>`
      insert into dataset_imports (dataset_id, organization_id, status, file_name, content_type, size_bytes, content, sheet, loaded_by, loaded_by_label)
      select dataset_id, organization_id, ${values.status}, file_name, content_type, size_bytes, content, sheet, ${values.loadedBy}, ${values.loadedByLabel}
      from dataset_imports where id = ${fromImportId}
      returning id`.execute(trx);
    return result.rows[0]!;
  },

  setImport(
    db: Executor,
    importId: string,
    values: Partial<{ status: ImportStatus; sheet: string | null; bytesRead: number; rowsRead: number; rowsWritten: number; suppressed: number; missing: number; problems: unknown[]; problemCount: number; cancelRequested: boolean; started: boolean; finished: boolean; dropContent: boolean; reset: boolean }>,
  ) {
    return db
      .updateTable('dataset_imports')
      .set({
        ...(values.status !== undefined && { status: values.status }),
        ...(values.sheet !== undefined && { sheet: values.sheet }),
        ...(values.bytesRead !== undefined && { bytes_read: values.bytesRead }),
        ...(values.rowsRead !== undefined && { rows_read: values.rowsRead }),
        ...(values.rowsWritten !== undefined && { rows_written: values.rowsWritten }),
        ...(values.suppressed !== undefined && { suppressed: values.suppressed }),
        ...(values.missing !== undefined && { missing: values.missing }),
        ...(values.problems !== undefined && { problems: sql`${JSON.stringify(values.problems)}::jsonb` }),
        ...(values.problemCount !== undefined && { problem_count: values.problemCount }),
        ...(values.cancelRequested !== undefined && { cancel_requested: values.cancelRequested }),
        ...(values.started && { started_at: sql`now()` }),
        ...(values.finished && { finished_at: sql`now()` }),
        ...(values.dropContent && { content: null }),
        ...(values.reset && { bytes_read: 0, rows_read: 0, rows_written: 0, suppressed: 0, missing: 0, problems: sql`'[]'::jsonb`, problem_count: 0, cancel_requested: false, started_at: null, finished_at: null }),
      })
      .where('id', '=', importId)
      .returning(['status', 'cancel_requested'])
      .executeTakeFirst();
  },

  /** Moves an import from one status to another only if it is still in it: two workers never both claim one. */
  claimImport(db: Executor, importId: string, from: ImportStatus) {
    return db
      .updateTable('dataset_imports')
      .set({ status: 'running', started_at: sql`now()`, finished_at: null })
      .where('id', '=', importId)
      .where('status', '=', from)
      .returning(['id', 'dataset_id', 'organization_id', 'sheet', 'size_bytes', 'loaded_by', 'loaded_by_label'])
      .executeTakeFirst();
  },

  /** The metrics an import's rows name; a metric seen before takes the newest file's words. */
  async upsertMetrics(trx: Transaction<DB>, organizationId: string, metrics: readonly MetricDefinition[]) {
    const unique = [...new Map(metrics.map((metric) => [metric.key, metric])).values()];
    if (unique.length === 0) return;
    await trx
      .insertInto('evidence_metrics')
      .values(unique.map((metric) => ({ organization_id: organizationId, key: metric.key, label: metric.label, unit: metric.unit, higher_is_better: metric.higherIsBetter })))
      .onConflict((oc) =>
        oc.columns(['organization_id', 'key']).doUpdateSet((eb) => ({ label: eb.ref('excluded.label'), unit: eb.ref('excluded.unit'), higher_is_better: eb.ref('excluded.higher_is_better') })),
      )
      .execute();
  },

  /** A slice of the stored file: the import reads it in chunks, never whole. */
  async contentSlice(db: Executor, importId: string, offset: number, length: number): Promise<Buffer | null> {
    const result = await sql<{ part: Buffer | null }>`select substring(content from ${offset + 1}::int for ${length}::int) as part from dataset_imports where id = ${importId}`.execute(db);
    return result.rows[0]?.part ?? null;
  },

  async content(db: Executor, importId: string) {
    return db.selectFrom('dataset_imports').select(['content', 'file_name', 'content_type']).where('id', '=', importId).executeTakeFirst();
  },
};
