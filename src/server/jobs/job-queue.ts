import PgBoss from 'pg-boss';
import type pg from 'pg';

/**
 * Background work lives in the database (pg-boss), so it survives restarts and is shared by every
 * app process on one PostgreSQL.
 */
export interface JobQueue {
  send(name: string, data: object): Promise<void>;
  work(name: string, handler: (data: any) => Promise<void>): Promise<void>;
  /**
   * Sends `data` to the queue `name` on a cron schedule (UTC). The schedule is stored in the
   * database, so it outlives restarts, and one job per tick is made however many processes run.
   */
  schedule(name: string, cron: string, data: object): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobQueue(pool: pg.Pool, onError: (error: Error) => void): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
    schema: 'pgboss',
  });
  boss.on('error', onError);
  await boss.start();
  const queues = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (queues.has(name)) return;
    await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
    queues.add(name);
  };
  return {
    async send(name, data) {
      await ensureQueue(name);
      await boss.send(name, data);
    },
    async work(name, handler) {
      await ensureQueue(name);
      await boss.work(name, { pollingIntervalSeconds: 2 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    },
    async schedule(name, cron, data) {
      await ensureQueue(name);
      await boss.schedule(name, cron, data, { tz: 'UTC' });
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}

/** Runs jobs at once in the calling process; for tests and one-shot commands. */
export function inlineJobQueue(): JobQueue {
  const handlers = new Map<string, (data: any) => Promise<void>>();
  return {
    async send(name, data) {
      await handlers.get(name)?.(data);
    },
    async work(name, handler) {
      handlers.set(name, handler);
    },
    // No clock in a test or a one-shot command: they run the scheduled work by calling it.
    async schedule() {},
    async stop() {},
  };
}
