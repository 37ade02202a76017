import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { TestApp } from './test-app.js';

/** A multipart/form-data body with one file part ("file") and text fields, as a browser's form sends it. */
export function multipartUpload(file: { name: string; content: string | Buffer; type?: string } | null, fields: Record<string, string> = {}) {
  const boundary = `----waymark-${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`));
    parts.push(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

type Auth = Record<string, string>;

/** Uploads a file as a new dataset of the district through the API. */
export function uploadDataset(t: TestApp, districtId: string, auth: Auth, file: { name: string; content: string | Buffer }, fields: Record<string, string> = {}) {
  const { payload, headers } = multipartUpload(file, fields);
  return t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/datasets`, headers: { ...auth, ...headers }, payload });
}

/** Sends a corrected file for a dataset through the API. */
export function replaceDatasetFile(t: TestApp, datasetId: string, auth: Auth, file: { name: string; content: string | Buffer }) {
  const { payload, headers } = multipartUpload(file);
  return t.app.inject({ method: 'POST', url: `/api/datasets/${datasetId}/files`, headers: { ...auth, ...headers }, payload });
}

/** A long-format CSV: school, year, group, metric, value, n, one line per row given. */
export function longCsv(rows: Array<[string, string, string, string, string, string]>, header = 'school,year,group,metric,value,n') {
  return [header, ...rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))].join('\n');
}

/** A workbook made in the test: sheets by name, each a list of rows (titles above the header are fine). */
export async function workbookOf(sheets: Record<string, Array<Array<string | number | null>>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The tidy rows of a dataset's current import, sorted, for assertions. */
export async function rowsOfDataset(t: TestApp, datasetId: string) {
  const dataset = await t.ctx.db.selectFrom('datasets').select('current_import_id').where('id', '=', datasetId).executeTakeFirstOrThrow();
  if (!dataset.current_import_id) return [];
  return t.ctx.db
    .selectFrom('dataset_rows')
    .select(['entity_key', 'period', 'group_label', 'metric', 'value', 'n', 'flag'])
    .where('import_id', '=', dataset.current_import_id)
    .orderBy('entity_key')
    .orderBy('period')
    .orderBy('group_label')
    .orderBy('metric')
    .execute();
}
