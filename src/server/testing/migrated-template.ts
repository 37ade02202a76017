import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/database.js';
import type { DB } from '../db/schema.js';

/**
 * Vitest global setup of the API suites: migrates one database before any test file runs, so each
 * file copies it instead of running every migration again (a PGlite data directory dumped to a
 * file; on PostgreSQL a template database). `openTestDatabase` finds it through the environment the
 * test workers inherit, and migrates from scratch when it is not there.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_DB === 'postgres') return setupPostgresTemplate();
  return setupPgliteDump();
}

async function setupPgliteDump() {
  const { PGlite } = await import('@electric-sql/pglite');
  const folder = mkdtempSync(path.join(tmpdir(), 'waymark-test-template-'));
  const file = path.join(folder, 'migrated.tar');
  const pglite = await PGlite.create('memory://');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const { Kysely, PostgresDialect } = await import('kysely');
  const { runMigrations } = await import('../db/migrate.js');
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await runMigrations(db);
  await db.destroy();
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.TEST_PGLITE_TEMPLATE = file;
  return async () => rmSync(folder, { recursive: true, force: true });
}

async function setupPostgresTemplate() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `waymark_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await database.close();
  process.env.TEST_POSTGRES_TEMPLATE = name;
  return async () => adminQuery(serverUrl, `drop database if exists ${name}`);
}

async function adminQuery(serverUrl: string, statement: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
