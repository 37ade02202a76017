import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DatabaseKind } from '../../db/database.js';

/**
 * Whether an import marked 'running' is really running, or was left so by a process that died.
 * The runner holds a session advisory lock on PostgreSQL for as long as it reads (released by the
 * database when its connection dies); PGlite has one process, so this process's own list says it.
 */
const runningHere = new Set<string>();

const lockKey = (importId: string) => sql`hashtext(${`dataset_import:${importId}`})`;

export async function isImportAlive(db: Kysely<DB>, kind: DatabaseKind, importId: string): Promise<boolean> {
  if (runningHere.has(importId)) return true;
  if (kind !== 'postgres') return false;
  return db.connection().execute(async (connection) => {
    const got = await sql<{ got: boolean }>`select pg_try_advisory_lock(${lockKey(importId)}) as got`.execute(connection);
    if (!got.rows[0]?.got) return true;
    await sql`select pg_advisory_unlock(${lockKey(importId)})`.execute(connection);
    return false;
  });
}

/** Runs `work` as the one runner of an import: false (and nothing run) when another process holds it. */
export async function asImportRunner(db: Kysely<DB>, kind: DatabaseKind, importId: string, work: () => Promise<void>): Promise<boolean> {
  if (runningHere.has(importId)) return false;
  runningHere.add(importId);
  try {
    if (kind !== 'postgres') {
      await work();
      return true;
    }
    return await db.connection().execute(async (connection) => {
      const got = await sql<{ got: boolean }>`select pg_try_advisory_lock(${lockKey(importId)}) as got`.execute(connection);
      if (!got.rows[0]?.got) return false;
      try {
        await work();
      } finally {
        await sql`select pg_advisory_unlock(${lockKey(importId)})`.execute(connection);
      }
      return true;
    });
  } finally {
    runningHere.delete(importId);
  }
}
