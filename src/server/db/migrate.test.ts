import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase, type Database } from './database.js';
import { runMigrations } from './migrate.js';
import { openTestDatabase } from '../testing/test-database.js';
import { readdirSync } from 'node:fs';

const migrationFiles = readdirSync(new URL('./migrations', import.meta.url)).filter((f) => f.endsWith('.sql')).sort();

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('migrations', () => {
  it('are recorded once and are a no-op the second time', async () => {
    const applied = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(database.db);
    expect(applied.rows.map((r) => r.name)).toContain('0001_foundation.sql');
    expect(await runMigrations(database.db)).toEqual([]);
  });

  it('take turns when several processes start at once on an empty database', async () => {
    const empty = await openTestDatabase({ migrate: false });
    const others = empty.url ? await Promise.all([1, 2].map(() => openDatabase({ databaseUrl: empty.url!, migrate: false }))) : [];
    try {
      const results = await Promise.all([runMigrations(empty.db), ...others.map((o) => runMigrations(o.db)), runMigrations(empty.db)]);
      // Each migration is applied by exactly one of the racers.
      expect(results.flat().sort()).toEqual(migrationFiles);
    } finally {
      await Promise.all(others.map((o) => o.close()));
      await empty.close();
    }
  });
});
