// One step of the dataset import benchmark, in a process of its own so its peak memory is the
// import's alone. Run by bench/scenarios/dataset-import.mjs with the built server (dist/server):
//   node dataset-import-child.mjs prepare <root> <databaseUrl> <organizationId> <csvPath>
//     loads the file as a dataset through the use-cases and queues its import (held, not run);
//     prints { datasetId, importId }
//   node dataset-import-child.mjs run <root> <databaseUrl> <importId>
//     runs the import job as the server does; prints { ms, maxRssMb } (the larger of this process's and the import process's)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, root, databaseUrl, ...rest] = process.argv.slice(2);
const load = (file) => import(pathToFileURL(path.join(root, 'dist', 'server', file)).href);
const { openDatabase } = await load('db/database.js');
const database = await openDatabase({ databaseUrl, migrate: false });
const actor = { userId: null, label: 'bench' };
try {
  if (mode === 'prepare') {
    const [organizationId, csvPath] = rest;
    const { createDataset } = await load('evidence/datasets/create-dataset.js');
    const { startDatasetImport } = await load('evidence/datasets/start-dataset-import.js');
    const held = [];
    const jobs = { send: async (_name, data) => void held.push(data), work: async () => {}, schedule: async () => {}, stop: async () => {} };
    const ctx = { db: database.db, databaseKind: database.kind, jobs };
    const created = await createDataset({ ctx, actor, organizationId, file: { fileName: path.basename(csvPath), content: readFileSync(csvPath) }, name: 'Bench 1,000,000 rows' });
    const mapping = { headerRow: 1, entity: { nameColumn: 'school' }, period: { column: 'year' }, group: { column: 'group' }, metric: { column: 'metric' }, valueColumn: 'value', nColumn: 'n', percentScale: '0_100' };
    await startDatasetImport({ ctx, actor, organizationId, datasetId: created.id, mapping, version: created.version });
    process.stdout.write(JSON.stringify({ datasetId: created.id, importId: held.at(-1).importId }));
  } else if (mode === 'run') {
    const [importId] = rest;
    // As the server's job runs it: on PostgreSQL in a process of its own, which reports its peak RSS.
    const { runDatasetImportJob } = await load('evidence/datasets/dataset-import-job.js');
    const started = performance.now();
    const job = await runDatasetImportJob({ db: database.db, databaseKind: database.kind, jobs: null, config: { databaseUrl } }, importId);
    const ms = performance.now() - started;
    process.stdout.write(JSON.stringify({ ms, maxRssMb: Math.max(job.maxRssMb ?? 0, process.resourceUsage().maxRSS / 1024), importProcessRssMb: job.maxRssMb, jobRssMb: process.resourceUsage().maxRSS / 1024 }));
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
} finally {
  await database.close();
}
