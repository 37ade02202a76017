import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { districtGroupMatcher } from '../../../core/monitoring/district-student-groups.js';
import { readStudentGroups } from '../student-groups/read-student-groups.js';
import { checkActualRows, normalizeSubgroup, type ActualField, type ActualInput } from './check-actual-rows.js';
import { loadPlanMonitoring, mergedActualsOf } from './load-plan-monitoring.js';
import { readCsvTable, readXlsxTable, type FileCell, type FileTable } from './read-actuals-file.js';
import { MAX_ACTUAL_ROWS } from './scorecard.schema.js';

export type ActualsFile = { kind: 'csv'; text: string } | { kind: 'xlsx'; bytes: Buffer };

const COLUMNS: readonly ActualField[] = ['measure_key', 'period', 'subgroup', 'value', 'n'];
const REQUIRED: readonly ActualField[] = ['measure_key', 'period', 'value'];

interface FileError {
  row: number;
  column: string;
  message: string;
}

/**
 * Reads a CSV or XLSX of actuals (a header row naming measure_key, period, subgroup, value, n; other
 * columns are ignored, and when a `kind` column is present only its `actual` rows are read, so
 * actuals.csv can be edited and uploaded back) and says what posting it would do, row by row,
 * against the current values. Every problem names the row of the file and the column. Nothing is
 * stored: the web app posts the rows to /actuals once there are no errors.
 */
export async function previewActuals(options: { db: Kysely<DB>; organizationId: string; planId: string; file: ActualsFile }) {
  const [data, studentGroups] = await Promise.all([loadPlanMonitoring(options), readStudentGroups(options.db, options.organizationId)]);
  const table = options.file.kind === 'csv' ? readCsvTable(options.file.text) : await readXlsxTable(options.file.bytes);
  const errors: FileError[] = [];
  const columnOf = new Map(COLUMNS.map((name) => [name, table.headers.indexOf(name)]));
  for (const name of REQUIRED) {
    if (columnOf.get(name)! < 0) errors.push({ row: table.headerRow, column: name, message: `the header row has no ${name} column` });
  }
  if (errors.length > 0) return { rows: [], errors };
  const kindColumn = table.headers.indexOf('kind');

  const read = readRows(table, columnOf, kindColumn, errors);
  if (read.length > MAX_ACTUAL_ROWS) throw new AppError('invalid_input', `The file has more than ${MAX_ACTUAL_ROWS} rows of actuals; split it in parts`);
  const { checked, problems } = checkActualRows(
    read.map((r) => r.input),
    { tree: data.tree, actuals: data.actuals, planPeriod: data.plan.header.plan.period, settings: data.settings, calendar: data.calendar, rowName: (index) => `row ${read[index]!.row}`, groups: districtGroupMatcher(studentGroups.groups) },
  );
  for (const problem of problems) errors.push({ row: read[problem.index]!.row, column: problem.field, message: problem.message });

  const troubled = new Set(errors.map((e) => e.row));
  const current = new Map<string, { value: number | null; n: number | null }>();
  for (const measure of data.tree.measures) {
    for (const v of mergedActualsOf(measure, data.postedByMeasure)) current.set(`${measure.key}\u0000${v.period.label}\u0000${v.subgroup ?? ''}`, { value: v.value, n: v.n ?? null });
  }
  const rows = checked
    .filter((r) => !troubled.has(read[r.index]!.row))
    .map((r) => {
      const before = current.get(`${r.measureKey}\u0000${r.period}\u0000${r.subgroup ?? ''}`);
      const change = !before ? 'new' : before.value === r.value && before.n === r.n ? 'same' : 'changed';
      return { row: read[r.index]!.row, measureKey: r.measureKey, period: r.period, subgroup: r.subgroup, value: r.value, n: r.n, change, previous: before?.value ?? null } as const;
    });
  const order = (column: string) => COLUMNS.indexOf(column as ActualField);
  return { rows, errors: errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column)) };
}

/** The file's rows as inputs, with what could not be read as a problem of its row and column. */
function readRows(table: FileTable, columnOf: ReadonlyMap<ActualField, number>, kindColumn: number, errors: FileError[]) {
  const read: { row: number; input: ActualInput }[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.every((cell) => cell === null || String(cell).trim() === '')) continue;
    const kind = kindColumn >= 0 ? text(cells[kindColumn]).toLowerCase() : '';
    if (kind !== '' && kind !== 'actual') continue;
    const cell = (name: ActualField) => {
      const index = columnOf.get(name)!;
      return index < 0 ? null : (cells[index] ?? null);
    };
    const problem = (column: ActualField, message: string) => errors.push({ row, column, message });
    const measureKey = text(cell('measure_key'));
    const period = text(cell('period'));
    if (!measureKey) problem('measure_key', 'is required');
    if (!period) problem('period', 'is required');
    const value = numberIn(cell('value'));
    if (value === undefined) problem('value', 'must be a number, or empty for no value');
    const n = numberIn(cell('n'));
    if (n === undefined || (n !== null && (!Number.isInteger(n) || n < 0))) problem('n', 'must be a whole number of students, 0 or more, or empty');
    if (!measureKey || !period) continue;
    read.push({ row, input: { measureKey, period, subgroup: normalizeSubgroup(text(cell('subgroup'))), value: value ?? null, n: n ?? null } });
  }
  return read;
}

const text = (cell: FileCell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());

/** A number, null for an empty cell, undefined when the cell holds something else. "43.9%" reads as 43.9. */
function numberIn(cell: FileCell): number | null | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const raw = text(cell).replace(/\s*%$/, '');
  if (raw === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw) ? value : undefined;
}
