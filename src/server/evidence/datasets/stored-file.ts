import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readCsvRows, readWorkbook, sniffDelimiter, type DataFileKind, type FileRow } from './data-file.js';
import { datasetsRepo } from './datasets.repo.js';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const contentTypeOf = (kind: DataFileKind) => (kind === 'csv' ? CSV_TYPE : XLSX_TYPE);
export const kindOfContentType = (contentType: string): DataFileKind => (contentType === XLSX_TYPE ? 'xlsx' : 'csv');

/** How many lines the mapping step looks at: the header row is found in them, and the proposal reads the ones after it. */
export const SAMPLE_LINES = 120;
/** A CSV's sample comes from its first bytes; a line longer than this is not a data file's. */
const CSV_SAMPLE_BYTES = 512 * 1024;
/** The stored file is read in slices of this size, so an import never holds a large file whole. */
const SLICE_BYTES = 4 * 1024 * 1024;

export interface FileSample {
  sheets: string[];
  sheet: string | null;
  /** The first lines, as the spreadsheet numbers them (index + 1). */
  rows: string[][];
}

/** The first lines of a file (of one sheet of a workbook); null when the named sheet is not in it. */
export async function sampleOf(content: Buffer, kind: DataFileKind, sheet: string | null | undefined, isWhole = content.length <= CSV_SAMPLE_BYTES): Promise<FileSample | null> {
  if (kind === 'xlsx') {
    const workbook = await readWorkbook(content);
    const name = sheet ?? workbook.sheets[0];
    const rows = workbook.rowsOf(name);
    if (!rows || name === undefined) return null;
    return { sheets: workbook.sheets, sheet: name, rows: linesOf(rows.slice(0, SAMPLE_LINES)) };
  }
  const head = content.subarray(0, CSV_SAMPLE_BYTES);
  const rows: FileRow[] = [];
  try {
    for await (const batch of readCsvRows(chunksOf(head), sniffDelimiter(head.toString('utf8')))) {
      rows.push(...batch.slice(0, SAMPLE_LINES + 1 - rows.length));
      if (rows.length > SAMPLE_LINES) break;
    }
  } catch {
    // A quote left open by the cut at CSV_SAMPLE_BYTES: the rows read before it are the sample.
  }
  // The last row of a cut sample may be cut too.
  const kept = isWhole ? rows.slice(0, SAMPLE_LINES) : rows.slice(0, Math.min(SAMPLE_LINES, rows.length - 1));
  return { sheets: [], sheet: null, rows: linesOf(kept) };
}

/** Rows by line number, the lines a workbook skips filled in as empty. */
function linesOf(rows: FileRow[]): string[][] {
  const lines: string[][] = [];
  for (const row of rows) {
    while (lines.length < row.line - 1) lines.push([]);
    lines[row.line - 1] = row.cells;
  }
  return lines;
}

async function* chunksOf(buffer: Buffer): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < buffer.length; offset += SLICE_BYTES) yield buffer.subarray(offset, offset + SLICE_BYTES);
}

/** The stored file of an import in slices read from the database one after another. */
async function* storedChunks(db: Kysely<DB>, importId: string, size: number): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < size; offset += SLICE_BYTES) {
    const part = await datasetsRepo.contentSlice(db, importId, offset, SLICE_BYTES);
    if (!part || part.length === 0) return;
    yield part;
  }
}

/** Every row of an import's stored file, in order, in batches. A CSV streams; a workbook is read whole (see readWorkbook). */
export async function* rowsOfStoredFile(options: { db: Kysely<DB>; importId: string; kind: DataFileKind; size: number; sheet: string | null }): AsyncGenerator<FileRow[]> {
  const { db, importId, kind, size, sheet } = options;
  if (kind === 'xlsx') {
    const parts: Buffer[] = [];
    for await (const part of storedChunks(db, importId, size)) parts.push(part);
    const rows = (await readWorkbook(Buffer.concat(parts))).rowsOf(sheet ?? undefined) ?? [];
    for (let start = 0; start < rows.length; start += 10_000) yield rows.slice(start, start + 10_000);
    return;
  }
  const head = await datasetsRepo.contentSlice(db, importId, 0, 64 * 1024);
  yield* readCsvRows(storedChunks(db, importId, size), sniffDelimiter((head ?? Buffer.alloc(0)).toString('utf8')));
}

/** The sample of an import's stored file, read from the database (the mapping screen and the preview). */
export async function sampleOfStored(db: Kysely<DB>, importRow: { id: string; content_type: string; size_bytes: number | string }, sheet: string | null | undefined) {
  const kind = kindOfContentType(importRow.content_type);
  const size = Number(importRow.size_bytes);
  const content = await datasetsRepo.contentSlice(db, importRow.id, 0, kind === 'xlsx' ? size : Math.min(size, CSV_SAMPLE_BYTES));
  if (!content) return null;
  return sampleOf(content, kind, sheet, content.length >= size);
}
