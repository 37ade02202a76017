import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/server/db/database.js';

/**
 * Vitest global setup of the browser journeys: migrates one embedded database before the first
 * journey, so each journey's server starts from a copy of it (server.ts) instead of creating and
 * migrating its own. The server still runs the migrations, which then find nothing to do.
 */
export default async function setup(): Promise<() => void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'waymark-e2e-template-'));
  const database = await openDatabase({ dataDir: folder });
  await database.close();
  process.env.E2E_TEMPLATE_DATA_DIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
