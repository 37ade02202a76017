import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { BackupRow } from './backup-columns.js';

/** Large districts are written in slices so no single statement carries megabytes of JSON. */
const ROWS_PER_INSERT = 500;

/**
 * Table and column names here come from the backup table registry (code), never from a backup
 * file: the document schema refuses any table or column the registry does not list.
 */
export const backupRepo = {
  /** The table's rows whose `column` equals `value`, each as to_jsonb gives it (exact types). */
  async selectRows(trx: Transaction<DB>, table: string, column: string, value: string, orderBy: string | null): Promise<BackupRow[]> {
    // A stable order keeps two backups of unchanged data identical, and keeps serial rows in sequence.
    const order = orderBy ? sql`t.${sql.ref(orderBy)}` : sql`to_jsonb(t)`;
    const result = await sql<{ row: BackupRow }>`
      select to_jsonb(t) as row from ${sql.table(table)} as t where t.${sql.ref(column)} = ${value} order by ${order}`.execute(trx);
    return result.rows.map((r) => r.row);
  },

  async selectUsers(trx: Transaction<DB>, ids: readonly string[]): Promise<BackupRow[]> {
    if (ids.length === 0) return [];
    const result = await sql<{ row: BackupRow }>`
      select to_jsonb(u) as row from users as u where u.id = any(${[...ids]}::uuid[]) order by u.email`.execute(trx);
    return result.rows.map((r) => r.row);
  },

  /**
   * Inserts rows in their order; PostgreSQL turns each JSON value back into its column's type.
   * Only the listed columns are written, so a left-out serial key takes its default.
   */
  async insertRows(trx: Transaction<DB>, table: string, columns: readonly string[], rows: readonly BackupRow[]) {
    const columnList = sql.join(columns.map((c) => sql.ref(c)));
    const valueList = sql.join(columns.map((c) => sql.ref(`r.${c}`)));
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const slice = JSON.stringify(rows.slice(start, start + ROWS_PER_INSERT));
      await sql`
        insert into ${sql.table(table)} (${columnList})
        select ${valueList}
        from jsonb_array_elements(${slice}::jsonb) with ordinality as e(value, position)
        cross join lateral jsonb_populate_record(null::${sql.table(table)}, e.value) as r
        order by e.position`.execute(trx);
    }
  },

  async deleteRows(trx: Transaction<DB>, table: string, column: string, value: string) {
    await sql`delete from ${sql.table(table)} where ${sql.ref(column)} = ${value}`.execute(trx);
  },

  async findUsersByEmail(trx: Transaction<DB>, emails: readonly string[]) {
    if (emails.length === 0) return [];
    return trx.selectFrom('users').select(['id', 'email']).where('email', 'in', [...emails]).execute();
  },

  async findTakenUserIds(trx: Transaction<DB>, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await trx.selectFrom('users').select('id').where('id', 'in', [...ids]).execute();
    return new Set(rows.map((r) => r.id));
  },

  async findExistingOrganizationIds(trx: Transaction<DB>, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await trx.selectFrom('organizations').select('id').where('id', 'in', [...ids]).execute();
    return new Set(rows.map((r) => r.id));
  },

  async findSlugsLike(trx: Transaction<DB>, base: string): Promise<Set<string>> {
    const pattern = `${base.replace(/[%_\\]/g, '\\$&')}%`;
    const rows = await trx.selectFrom('organizations').select('slug').where('slug', 'like', pattern).execute();
    return new Set(rows.map((r) => r.slug));
  },
};
