import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openDatabase, type Database } from '../db/database.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throwaway
 * database on the PostgreSQL server named by TEST_DATABASE_URL when TEST_DB=postgres. Each starts
 * as a copy of the database the suite's global setup migrated (migrated-template.ts).
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<Database> {
  // From the copy migrated once per run (migrated-template.ts) when there is one; the migrations
  // then find nothing left to do. An unmigrated database is always made empty.
  const fromTemplate = options.migrate !== false;
  if (process.env.TEST_DB !== 'postgres') {
    const dump = fromTemplate && process.env.TEST_PGLITE_TEMPLATE;
    return openDatabase({ dataDir: 'memory://', migrate: options.migrate, ...(dump ? { startFrom: new Blob([readFileSync(dump)]) } : {}) });
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `waymark_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const template = fromTemplate ? process.env.TEST_POSTGRES_TEMPLATE : undefined;
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), migrate: options.migrate });
  const close = database.close;
  database.close = async () => {
    await close();
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    // Connections of the closed pool may still be saying goodbye; wait for them rather than
    // killing them, which would surface as an error on a client nobody listens to any more.
    for (let attempt = 0; ; attempt++) {
      try {
        await cleanup.query(`drop database if exists ${name}`);
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await cleanup.end();
  };
  return database;
}
