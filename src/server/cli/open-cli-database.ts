import type { Kysely } from 'kysely';
import { loadConfig, type Config } from '../config.js';
import { openDatabase } from '../db/database.js';
import type { DB } from '../db/schema.js';

export interface CliConnection {
  db: Kysely<DB>;
  config: Config;
  close(): Promise<void>;
}

/**
 * Opens the database the server would open from the same environment. With the embedded
 * database this takes the data-folder lock, so it fails with the lock's message while a server
 * runs on the same folder: two processes on one PGlite folder lose writes.
 */
export async function connectFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<CliConnection> {
  const config = loadConfig(env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  return { db: database.db, config, close: () => database.close() };
}
