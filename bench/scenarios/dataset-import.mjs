import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROWS = 1_000_000;
const SCHOOLS = 400;
const YEARS = ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
const GROUPS = ['All Students', 'Female', 'Male', 'Hispanic', 'Black', 'White', 'Asian', 'English Learners', 'Students with Disabilities', 'Economically Disadvantaged'];
const METRICS = ROWS / (SCHOOLS * YEARS.length * GROUPS.length);
const TARGET_RATIO = 0.5;
const TARGET_RSS_MB = 300;

/** Writes lines to a file through a stream, waiting when it is full. */
async function writeLines(file, lines) {
  const out = createWriteStream(file);
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** The long-format file (school, year, group, metric, value, n; some "s" codes), and the same rows as tidy CSV for COPY. */
function* longRows() {
  let index = 0;
  for (let school = 0; school < SCHOOLS; school += 1) {
    for (const year of YEARS) {
      for (const group of GROUPS) {
        for (let metric = 0; metric < METRICS; metric += 1) {
          index += 1;
          const n = 5 + ((index * 7919) % 400);
          const value = index % 23 === 0 ? 's' : ((index * 104729) % 10000) / 100;
          yield { school: `School ${school} Elementary`, year, group, metric: `bench_import_m${metric}`, value, n };
        }
      }
    }
  }
}

/**
 * The import target: a 1,000,000-row long-format CSV imported through the server's own
 * import (the use-case that stores the file, then the job that streams it into tidy rows), against
 * PostgreSQL's COPY of the same tidy rows (as a tidy CSV, through psql's \copy) into a scratch table
 * of the same shape (columns, checks, indexes and foreign keys) on the same database, in the same run.
 * The foreign keys cost COPY about as much again as the rest (checked per row), so a COPY without them
 * is noted beside it. The import runs in a child process so
 * its peak RSS is its own. Targets: at least half COPY's throughput, under 300 MB. PostgreSQL only
 * (PGlite is one process's, and has no COPY from a client).
 */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'dataset import (1,000,000 rows)',
  description: 'a 1,000,000-row long CSV imported by the dataset import job vs COPY of the same tidy rows; then GET /api/datasets/{id}',
  server: 'waymark',
  connections: 1,
  async request({ waymark, root, note }) {
    const databaseUrl = waymark.pool.options.connectionString;
    if (waymark.databaseKind !== 'postgres' || !databaseUrl) throw new Error('the dataset import benchmark needs PostgreSQL (BENCH_DATABASE_URL)');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-bench-import-'));
    try {
      const longFile = path.join(dir, 'long.csv');
      const tidyFile = path.join(dir, 'tidy.csv');
      await writeLines(longFile, (function* () {
        yield 'school,year,group,metric,value,n';
        for (const row of longRows()) yield `${row.school},${row.year},${row.group},${row.metric},${row.value},${row.n}`;
      })());
      const child = path.join(root, 'bench', 'lib', 'dataset-import-child.mjs');
      const prepared = JSON.parse((await run(process.execPath, [child, 'prepare', root, databaseUrl, waymark.organizationId, longFile], { maxBuffer: 1 << 20 })).stdout);
      const imported = JSON.parse((await run(process.execPath, [child, 'run', root, databaseUrl, prepared.importId], { maxBuffer: 1 << 20 })).stdout);
      const { rows: [dataset] } = await waymark.pool.query('select d.status, i.rows_written, i.problem_count from datasets d join dataset_imports i on i.id = d.current_import_id where d.id = $1', [prepared.datasetId]);
      if (dataset?.status !== 'ready' || dataset.rows_written !== ROWS) throw new Error(`the import ended ${JSON.stringify(dataset)}, not ready with ${ROWS} rows`);

      // COPY of the same tidy rows into a table of the same shape (columns, defaults, checks, indexes).
      const importId = prepared.importId;
      await writeLines(tidyFile, (function* () {
        for (const row of longRows()) {
          const isSuppressed = row.value === 's';
          yield `${importId},${waymark.organizationId},${row.school.toLowerCase()},${row.year},${row.group},${row.metric},${isSuppressed ? '' : row.value},${row.n},${isSuppressed ? 1 : 0}`;
        }
      })());
      // The scratch table has dataset_rows' columns, defaults, checks and indexes, and its foreign keys
      // (LIKE copies all but those): each costs COPY what it costs the import, per row.
      const copyInto = async (withForeignKeys) => {
        const foreignKeys = withForeignKeys ? ', foreign key (import_id) references dataset_imports(id) on delete cascade, foreign key (organization_id) references organizations(id) on delete cascade' : '';
        await waymark.pool.query(`drop table if exists bench_copy_rows; create table bench_copy_rows (like dataset_rows including all${foreignKeys})`);
        const started = performance.now();
        await run('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy bench_copy_rows (import_id, organization_id, entity_key, period, group_label, metric, value, n, flag) from '${tidyFile}' with (format csv)`]);
        const ms = performance.now() - started;
        const { rows: [copied] } = await waymark.pool.query('select count(*)::int as count from bench_copy_rows');
        await waymark.pool.query('drop table bench_copy_rows');
        if (copied.count !== ROWS) throw new Error(`COPY wrote ${copied.count} rows`);
        return ms;
      };
      const copyMs = await copyInto(true);
      const bareCopyMs = await copyInto(false);
      note('COPY into a table without the foreign keys (for comparison; no target)', `${Math.round(bareCopyMs)} ms (${Math.round(ROWS / (bareCopyMs / 1000)).toLocaleString('en-US')} rows/s)`);

      const ratio = copyMs / imported.ms;
      note('import job: 1,000,000 rows', `${Math.round(imported.ms)} ms (${Math.round(ROWS / (imported.ms / 1000)).toLocaleString('en-US')} rows/s)`);
      note('COPY of the same tidy rows (psql \\copy) into a table of dataset_rows\' shape, foreign keys included', `${Math.round(copyMs)} ms (${Math.round(ROWS / (copyMs / 1000)).toLocaleString('en-US')} rows/s)`);
      note(`import throughput / COPY throughput (target >= ${TARGET_RATIO})`, ratio.toFixed(3));
      note(`import peak RSS, its own process (target < ${TARGET_RSS_MB} MB)`, `${Math.round(imported.maxRssMb)} MB`);
      if (ratio < TARGET_RATIO) throw new Error(`the import reached ${ratio.toFixed(3)} of COPY's throughput, under ${TARGET_RATIO}`);
      if (imported.maxRssMb >= TARGET_RSS_MB) throw new Error(`the import's peak RSS was ${Math.round(imported.maxRssMb)} MB, not under ${TARGET_RSS_MB}`);
      return { method: 'GET', path: `/api/datasets/${prepared.datasetId}`, headers: { authorization: `Bearer ${waymark.apiToken}` } };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
