import { z } from 'zod';
import { emailSchema, localeSchema, roleSchema } from '../../http/common.schema.js';
import { column } from './backup-columns.js';
import { domains } from '../../domains.js';
import { rowSchema, type BackupTable, type ColumnOf } from './backup-table.js';

export type { BackupTable, OutsideOrganizationColumn } from './backup-table.js';

/**
 * Every table that holds a district's data, parents before children (the order rows are
 * inserted on restore, and deleted in reverse by --replace), gathered from each domain's
 * `backup-tables.ts` in the order of the domain list. A domain that adds a table adds one entry to
 * its own list; the backup, the restore and their tests pick it up. A table needs a
 * column holding the district's id. Numbers travel as JSON numbers, so a future numeric column
 * with more than 15 significant digits would need to travel as text.
 */
export const backupTables: readonly BackupTable[] = domains.flatMap((domain) => domain.backupTables);

const userColumns = {
  id: column.id,
  email: emailSchema,
  name: column.text,
  password_hash: column.text.nullable(),
  locale: localeSchema,
  is_operator: column.boolean,
  version: column.integer,
  created_at: column.timestamp,
  updated_at: column.timestamp,
} satisfies { [C in ColumnOf<'users'>]: z.ZodType };

/**
 * The people the district's rows point at. Users are shared between organizations, so they are
 * not tied to the district: a restore matches them by email and keeps an existing account as is.
 */
export const backupUsers = { table: 'users' as const, columnNames: Object.keys(userColumns), row: rowSchema(userColumns) };
