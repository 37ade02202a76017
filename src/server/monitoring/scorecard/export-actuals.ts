import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PeriodValue } from '../../../core/monitoring/monitoring-types.js';
import { loadPlanMonitoring, mergedActualsOf } from './load-plan-monitoring.js';

export const ACTUALS_COLUMNS = ['goal_key', 'measure_key', 'measure', 'kind', 'period', 'subgroup', 'value', 'n'] as const;
type Row = [goalKey: string, measureKey: string, measure: string, kind: 'baseline' | 'target' | 'actual', period: string, subgroup: string, value: number | null, n: number | null];

/**
 * Every measure's baseline, targets and actuals (imported and posted, merged) as rows, one per
 * period and group, in plan order. The same columns upload back through the preview, which reads
 * only the `actual` rows.
 */
export async function listActualsRows(options: { db: Kysely<DB>; organizationId: string; planId: string }) {
  const data = await loadPlanMonitoring(options);
  const rows: Row[] = [];
  for (const measure of data.tree.measures) {
    const row = (kind: Row[3], v: PeriodValue): Row => [measure.goalKey, measure.key, measure.fields.name, kind, v.period.label, v.subgroup ?? '', v.value, v.n ?? null];
    if (measure.fields.baseline) rows.push(row('baseline', measure.fields.baseline as PeriodValue));
    for (const target of (measure.fields.targets ?? []) as PeriodValue[]) rows.push(row('target', target));
    for (const actual of mergedActualsOf(measure, data.postedByMeasure)) rows.push(row('actual', actual));
  }
  return { title: data.plan.title, rows };
}

/**
 * RFC 4180 CSV with a byte-order mark so Excel reads UTF-8. Text that a spreadsheet would run as a
 * formula (=, +, -, @) gets a leading apostrophe; the preview takes it off again.
 */
export function actualsCsv(rows: readonly Row[]): string {
  const field = (value: string | number | null, isText: boolean) => {
    if (value === null) return '';
    let text = String(value);
    if (isText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [ACTUALS_COLUMNS.join(','), ...rows.map((row) => row.map((value, i) => field(value, i < 6)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same rows as a one-sheet workbook named Actuals; text columns are formatted as text so Excel keeps "2025-09" a label. */
export async function actualsWorkbook(title: string, rows: readonly Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  workbook.title = title;
  const sheet = workbook.addWorksheet('Actuals', { views: [{ state: 'frozen', ySplit: 1 }] });
  [10, 14, 40, 10, 16, 24, 10, 8].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    if (i < 6) column.numFmt = '@';
  });
  const header = sheet.addRow([...ACTUALS_COLUMNS]);
  header.font = { name: 'Calibri', size: 11, bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ACTUALS_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
