import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from './schema.js';
import { lockDataDir } from './data-dir-lock.js';
import { runMigrations } from './migrate.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  pool: pg.Pool;
  kind: DatabaseKind;
  /** The PostgreSQL connection string; null for PGlite, which one process owns. */
  url: string | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Folder for PGlite; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /**
   * PGlite only: a data directory dumped by PGlite's `dumpDataDir`, loaded instead of creating an
   * empty one. Tests start from one dump of the migrated schema rather than migrating per file.
   */
  startFrom?: Blob;
  migrate?: boolean;
}

/** Opens PGlite (locked folder) or PostgreSQL behind one pg.Pool, and brings the schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const { pool, kind, release } = options.databaseUrl
    ? { pool: new pg.Pool({ connectionString: options.databaseUrl, max: 10 }), kind: 'postgres' as const, release: () => {} }
    : await openPglitePool(options.dataDir ?? 'memory://', options.startFrom);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const database: Database = {
    db,
    pool,
    kind,
    url: options.databaseUrl ?? null,
    async close() {
      await db.destroy();
      release();
    },
  };
  try {
    if (options.migrate !== false) await runMigrations(db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function openPglitePool(dataDir: string, startFrom?: Blob) {
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const pglite = await PGlite.create(inMemory ? dataDir : `${dataDir}/pglite`, startFrom ? { loadDataDir: startFrom } : {});
    const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
    const originalEnd = pool.end.bind(pool);
    // The pool does not own the PGlite instance, so closing the pool closes it too.
    pool.end = (async () => {
      await originalEnd();
      await pglite.close();
    }) as typeof pool.end;
    return { pool, kind: 'pglite' as const, release };
  } catch (error) {
    release();
    throw error;
  }
}
