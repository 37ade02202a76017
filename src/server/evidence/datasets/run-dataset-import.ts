import type { Kysely } from 'kysely';
import { createRowReader, resolvePercentScale, type RowReader } from '../../../core/evidence/create-row-reader.js';
import type { DatasetMapping, RowProblem, TidyRow } from '../../../core/evidence/dataset-mapping.js';
import type { DatabaseKind } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { FileEntity } from '../entities/record-file-entities.js';
import { asImportRunner } from './import-liveness.js';
import { datasetRowsRepo } from './dataset-rows.repo.js';
import { datasetsRepo } from './datasets.repo.js';
import { finishDatasetImport, type Tally } from './finish-dataset-import.js';
import type { FileRow } from './data-file.js';
import { kindOfContentType, rowsOfStoredFile } from './stored-file.js';

/** Rows per statement: large enough that one statement's cost is spread, small enough to show progress often. */
export const BATCH_ROWS = 20_000;
/** Problems kept to show (all are counted). */
export const KEPT_PROBLEMS = 200;
/** Data rows read before the percent scale "auto" is decided. */
const SCALE_SAMPLE = 200;

type Claimed = NonNullable<Awaited<ReturnType<typeof datasetsRepo.claimImport>>>;

/**
 * Runs one import (the job's work): claims it, streams the stored file, turns each line into tidy
 * rows with the dataset's mapping and writes them in large batches, updating the progress and
 * checking for a cancel at every batch. Any row problem fails the whole import and deletes its rows;
 * otherwise finishDatasetImport makes it the dataset's current one in one transaction. An import
 * left 'running' by a runner that died starts over.
 */
export async function runDatasetImport(options: { db: Kysely<DB>; databaseKind: DatabaseKind; importId: string; batchRows?: number; onBatch?: () => Promise<void> }) {
  const { db, databaseKind, importId } = options;
  await asImportRunner(db, databaseKind, importId, async () => {
    const row = await datasetsRepo.findImport(db, importId);
    if (!row) return;
    if (row.status === 'running') {
      // We hold the runner's lock, so whoever marked it running is gone: start it over.
      await datasetRowsRepo.deleteOfImport(db, importId);
      await datasetsRepo.setImport(db, importId, { reset: true, status: 'queued' });
    } else if (row.status !== 'queued') {
      return;
    }
    const claimed = await datasetsRepo.claimImport(db, importId, 'queued');
    if (!claimed) return;
    try {
      await readIntoRows({ ...options, claimed });
    } catch (error) {
      await datasetRowsRepo.deleteOfImport(db, importId);
      const problem: RowProblem = { line: 0, column: '', message: `The file could not be read: ${(error as Error).message}` };
      await datasetsRepo.setImport(db, importId, { status: 'failed', problems: [problem], problemCount: 1, finished: true });
      const dataset = await datasetsRepo.find(db, claimed.organization_id, claimed.dataset_id);
      if (dataset) await db.updateTable('datasets').set({ status: 'failed' }).where('id', '=', dataset.id).execute();
    }
  });
}

async function readIntoRows(options: { db: Kysely<DB>; importId: string; claimed: Claimed; batchRows?: number; onBatch?: () => Promise<void> }) {
  const { db, importId, claimed } = options;
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const organizationId = claimed.organization_id;
  const dataset = await datasetsRepo.find(db, organizationId, claimed.dataset_id);
  if (!dataset?.mapping) throw new Error('the dataset has no mapping');
  const mapping = dataset.mapping as DatasetMapping;
  const lines = rowsOfStoredFile({ db, importId, kind: kindOfContentType((await datasetsRepo.findImport(db, importId))!.content_type), size: Number(claimed.size_bytes), sheet: mapping.sheet ?? claimed.sheet })[Symbol.asyncIterator]();

  // The header row, then a sample to decide an "auto" percent scale, then everything.
  let headers: string[] = [];
  const early: FileRow[] = [];
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    for (const row of next.value) {
      if (row.line === mapping.headerRow) headers = row.cells.map((cell) => cell.trim());
      if (row.line > mapping.headerRow) early.push(row);
    }
    if (early.length >= SCALE_SAMPLE) break;
  }
  const reader = createRowReader(resolvePercentScale(mapping, headers, early.slice(0, SCALE_SAMPLE).map((row) => row.cells)), headers);
  const tally: Tally = { rowsRead: 0, bytesRead: 0, rowsWritten: 0, suppressed: 0, missing: 0, problems: [...reader.headerProblems], problemCount: reader.headerProblems.length };
  const entities = new Map<string, FileEntity>();
  let batch: TidyRow[] = [];
  let pending: Promise<void> = Promise.resolve();
  let isStopped = false;

  const flush = async () => {
    const rows = batch;
    batch = [];
    await pending;
    if (isStopped) return;
    const progress = { ...tally };
    // The insert of one batch runs while the next is read: the database and the parser work at once.
    pending = (async () => {
      if (progress.problemCount === 0) await datasetRowsRepo.insertBatch(db, importId, organizationId, rows);
      const state = await datasetsRepo.setImport(db, importId, {
        bytesRead: progress.bytesRead,
        rowsRead: progress.rowsRead,
        rowsWritten: progress.problemCount === 0 ? progress.rowsWritten : 0,
        suppressed: progress.suppressed,
        missing: progress.missing,
        problemCount: progress.problemCount,
      });
      if (!state || state.cancel_requested || state.status !== 'running') isStopped = true;
      await options.onBatch?.();
    })();
  };

  const take = (line: FileRow) => {
    tally.rowsRead += 1;
    tally.bytesRead = line.bytes;
    if (line.cells.every((cell) => cell.trim() === '')) return;
    const read = reader.read(line.cells, line.line);
    if (read.problems.length > 0) {
      tally.problemCount += read.problems.length;
      for (const problem of read.problems) if (tally.problems.length < KEPT_PROBLEMS) tally.problems.push(problem);
    }
    for (const row of read.rows) {
      if (row.flag === 'suppressed') tally.suppressed += 1;
      else if (row.flag === 'missing') tally.missing += 1;
      if (!entities.has(row.entityKey)) entities.set(row.entityKey, { key: row.entityKey, name: row.entityName, code: row.entityCode, isDistrict: row.isDistrict });
      batch.push(row);
    }
    tally.rowsWritten += read.rows.length;
  };

  if (reader.headerProblems.length === 0) {
    for (const line of early.splice(0)) {
      if (isStopped) break;
      take(line);
      if (batch.length >= batchRows) await flush();
    }
    for (let next = await lines.next(); !next.done && !isStopped; next = await lines.next()) {
      for (const line of next.value) {
        if (isStopped) break;
        take(line);
        if (batch.length >= batchRows) await flush();
      }
    }
  }
  await flush();
  await pending;
  await lines.return?.(undefined);
  await finishDatasetImport({ db, claimed, tally, isStopped, reader: reader as RowReader, entities: [...entities.values()], mapping });
}

