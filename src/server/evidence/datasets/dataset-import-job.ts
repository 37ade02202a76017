import { fork } from 'node:child_process';
import type { AppContext } from '../../context.js';
import { runDatasetImport } from './run-dataset-import.js';

export const DATASET_IMPORT_JOB = 'dataset-import';

/** The heap of an import's own process: its live data is a few batches; the cap makes V8 collect early. */
const IMPORT_HEAP_MB = 160;

type JobContext = Pick<AppContext, 'db' | 'databaseKind' | 'jobs'> & { config: Pick<AppContext['config'], 'databaseUrl'> };

/** Runs import-process.js in a child process and waits for it; its peak RSS as it reported it. */
function runInProcess(databaseUrl: string, importId: string): Promise<{ maxRssMb: number | null }> {
  return new Promise((resolve, reject) => {
    let maxRssMb: number | null = null;
    const child = fork(new URL('./import-process.js', import.meta.url), [importId], {
      execArgv: [`--max-old-space-size=${IMPORT_HEAP_MB}`],
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message: { maxRssMb?: number }) => (maxRssMb = message.maxRssMb ?? null));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve({ maxRssMb }) : reject(new Error(`the import process ended with code ${code}`))));
  });
}

/**
 * One import, as the job runs it: on PostgreSQL from the built server, in a process of its own
 * (import-process.ts); on PGlite (one process owns the database) and under tests, here.
 */
export async function runDatasetImportJob(ctx: JobContext, importId: string): Promise<{ maxRssMb: number | null }> {
  const isBuilt = import.meta.url.endsWith('.js');
  if (ctx.databaseKind === 'postgres' && ctx.config.databaseUrl && isBuilt) return runInProcess(ctx.config.databaseUrl, importId);
  await runDatasetImport({ db: ctx.db, databaseKind: ctx.databaseKind, importId });
  return { maxRssMb: null };
}

/**
 * The worker that runs dataset imports, in the job queue (pg-boss in the database: an import
 * queued before a restart runs after it). Registered with the datasets' routes, so every app that
 * can queue an import can run one.
 */
export async function startDatasetImportJobs(ctx: JobContext, log: { error(message: string): void }) {
  await ctx.jobs.work(DATASET_IMPORT_JOB, async (data: { importId?: string }) => {
    if (typeof data?.importId !== 'string') return;
    try {
      await runDatasetImportJob(ctx, data.importId);
    } catch (error) {
      // The import itself is marked failed by the runner; what is left is a refresh that did not happen.
      log.error(`dataset import ${data.importId}: ${(error as Error).message}`);
    }
  });
}

/** Queues an import after the transaction that made it committed. */
export const queueDatasetImport = (ctx: Pick<AppContext, 'jobs'>, importId: string) => ctx.jobs.send(DATASET_IMPORT_JOB, { importId });
