import type { BackupRow } from './backup-columns.js';
import type { BackupTable } from './backup-tables.js';

export interface RestoreTarget {
  /** Backup user id to the id of the same person (by email) in this database. */
  userIdFor: ReadonlyMap<string, string>;
  /** Organizations outside the district that this database has. */
  presentOrganizationIds: ReadonlySet<string>;
}

/**
 * Makes one table's backup rows fit this database: people point at their accounts here, links to
 * organizations this database lacks are cleared or the rows left out (with a note saying so), and
 * the table's own last adjustment is applied.
 */
export function prepareRestoredRows(entry: BackupTable, rows: readonly BackupRow[], target: RestoreTarget, notes: string[]): BackupRow[] {
  const prepared: BackupRow[] = [];
  const cleared = new Map<string, number>();
  const skipped = new Map<string, number>();
  for (const original of rows) {
    const row: BackupRow = { ...original };
    for (const column of entry.userColumns) {
      // The document check guarantees that every user a row points at is in the backup.
      if (typeof row[column] === 'string') row[column] = target.userIdFor.get(row[column]);
    }
    let isKept = true;
    for (const { column, whenMissing } of entry.outsideOrganizationColumns) {
      const organizationId = row[column];
      if (typeof organizationId !== 'string' || target.presentOrganizationIds.has(organizationId)) continue;
      if (whenMissing === 'clear') {
        row[column] = null;
        cleared.set(column, (cleared.get(column) ?? 0) + 1);
      } else {
        isKept = false;
        skipped.set(column, (skipped.get(column) ?? 0) + 1);
      }
    }
    if (isKept) prepared.push(entry.prepareRow(row));
  }
  for (const [column, count] of cleared) {
    notes.push(`${entry.table}.${column} cleared on ${count} row(s): it names an organization that is not in this database`);
  }
  for (const [column, count] of skipped) {
    notes.push(`${entry.table}: ${count} row(s) left out: their ${column} names an organization that is not in this database`);
  }
  return prepared;
}

/** The organizations outside the district that the backup's rows point at. */
export function outsideOrganizationIds(entries: readonly BackupTable[], tables: Record<string, BackupRow[]>): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const row of tables[entry.table] ?? []) {
      for (const { column } of entry.outsideOrganizationColumns) if (typeof row[column] === 'string') ids.add(row[column]);
    }
  }
  return [...ids];
}
