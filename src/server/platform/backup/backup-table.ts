import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { BackupRow } from './backup-columns.js';

export type TableName = keyof DB & string;
export type ColumnOf<T extends TableName> = keyof DB[T] & string;

/** A column pointing at an organization outside the district, which the target database may lack. */
export interface OutsideOrganizationColumn {
  column: string;
  /** `clear` sets a nullable reference to null; `skip-row` leaves the row out of the restore. */
  whenMissing: 'clear' | 'skip-row';
}

/** One table of a district backup, as the backup and restore use-cases read it. */
export interface BackupTable {
  table: TableName;
  /** Equals the district's id on every row that belongs to the district. */
  districtColumn: string;
  columnNames: readonly string[];
  /** Strict: a column this version does not know is refused rather than silently dropped. */
  row: z.ZodType<BackupRow>;
  /** Columns holding users.id; those users travel with the backup and are matched by email on restore. */
  userColumns: readonly string[];
  outsideOrganizationColumns: readonly OutsideOrganizationColumn[];
  /** A bigserial key, renumbered on restore because the target has already used its numbers. */
  serialColumn: string | null;
  /** The last change to a row before it is written back. */
  prepareRow: (row: BackupRow) => BackupRow;
  /** The order rows are inserted in, for tables whose rows point at each other. */
  orderRows: (rows: BackupRow[]) => BackupRow[];
}

/** Columns are checked against the Kysely types at compile time: every column needs a schema. */
interface BackupTableDefinition<T extends TableName> {
  table: T;
  districtColumn: ColumnOf<T>;
  columns: { [C in ColumnOf<T>]: z.ZodType };
  userColumns?: readonly ColumnOf<T>[];
  outsideOrganizationColumns?: readonly { column: ColumnOf<T>; whenMissing: 'clear' | 'skip-row' }[];
  serialColumn?: ColumnOf<T>;
  prepareRow?: (row: BackupRow) => BackupRow;
  orderRows?: (rows: BackupRow[]) => BackupRow[];
}

export function backupTable<T extends TableName>(definition: BackupTableDefinition<T>): BackupTable {
  return {
    table: definition.table,
    districtColumn: definition.districtColumn,
    columnNames: Object.keys(definition.columns),
    row: rowSchema(definition.columns),
    userColumns: definition.userColumns ?? [],
    outsideOrganizationColumns: definition.outsideOrganizationColumns ?? [],
    serialColumn: definition.serialColumn ?? null,
    prepareRow: definition.prepareRow ?? ((row) => row),
    orderRows: definition.orderRows ?? ((rows) => rows),
  };
}

export function rowSchema(columns: Record<string, z.ZodType>): z.ZodType<BackupRow> {
  return z.strictObject(columns) as z.ZodType<BackupRow>;
}

/** A PDSA cycle points at the cycle it follows: insert each chain from its first cycle on. */
export function previousCyclesFirst(rows: BackupRow[]): BackupRow[] {
  return parentsFirst(rows.map((row) => ({ ...row, parent_id: row.previous_cycle_id ?? null }))).map(({ parent_id: _, ...row }) => row);
}

/** Elements point at their parent element: insert goals, then their children, and so on down. */
export function parentsFirst(rows: BackupRow[]): BackupRow[] {
  const placed = new Set<unknown>([null]);
  const ordered: BackupRow[] = [];
  let pending = rows;
  while (pending.length) {
    const ready = pending.filter((row) => placed.has(row.parent_id ?? null));
    // A parent missing from the backup would loop forever; the foreign key will name it instead.
    if (!ready.length) return [...ordered, ...pending];
    for (const row of ready) placed.add(row.id);
    ordered.push(...ready);
    pending = pending.filter((row) => !placed.has(row.id));
  }
  return ordered;
}
