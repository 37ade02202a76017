import type { ApiErrorDetail } from '../../app/api';
import type { PreviewRow } from './progress-api';

/** Which upload a file name is, by its extension; null for anything else. */
export function fileKindOf(name: string): 'csv' | 'xlsx' | null {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  return null;
}

const columnOfField: Record<string, string> = { measure_key: 'measure_key', period: 'period', subgroup: 'subgroup', value: 'value', n: 'n' };

/**
 * A refused apply names rows by their place in the JSON array ("/3/measure_key"); people know them
 * by the row of their file, which the preview kept.
 */
export function applyErrors(details: readonly ApiErrorDetail[], rows: readonly PreviewRow[]): { row: number | string; column: string; message: string }[] {
  return details.map((detail) => {
    const [index, field] = detail.path.replace(/^\//, '').split('/');
    const at = Number(index);
    const row = Number.isInteger(at) && rows[at] ? rows[at].row : at + 1;
    return { row: Number.isNaN(row) ? '?' : row, column: columnOfField[field ?? ''] ?? field ?? '', message: detail.message };
  });
}
