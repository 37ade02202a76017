import { openDatabase } from '../../db/database.js';
import { runDatasetImport } from './run-dataset-import.js';

/**
 * One dataset import in a process of its own (PostgreSQL): started by the import job with a
 * capped heap, so a million-line file neither holds the server's event loop nor grows its memory
 * (V8 left to itself lets the import's garbage reach 500-600 MB before collecting; capped, the
 * same import peaks under 300 MB). Reports its peak RSS to the parent when done.
 */
const [importId] = process.argv.slice(2);
const databaseUrl = process.env.DATABASE_URL;
if (!importId || !databaseUrl) throw new Error('usage: DATABASE_URL=... node import-process.js <importId>');
const database = await openDatabase({ databaseUrl, migrate: false });
try {
  await runDatasetImport({ db: database.db, databaseKind: database.kind, importId });
} finally {
  await database.close();
}
process.send?.({ maxRssMb: process.resourceUsage().maxRSS / 1024 });
