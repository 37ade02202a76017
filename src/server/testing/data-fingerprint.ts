import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * A digest of every row of every table, in one round trip, to prove a refused request stored
 * nothing. `ignore` leaves out tables a refused request may rightly touch (a token's last use).
 */
export async function dataFingerprint(db: Kysely<DB>, ignore: ReadonlySet<string> = new Set()): Promise<Map<string, string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const digests = tables.rows
    .filter((table) => !ignore.has(table.name))
    .map((table) => sql`select ${table.name} as name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.table(table.name)} t`);
  const result = await sql<{ name: string; digest: string }>`${sql.join(digests, sql` union all `)}`.execute(db);
  return new Map(result.rows.map((row) => [row.name, row.digest]));
}

/** The tables whose digest differs, for an assertion message that says what changed. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name));
}
