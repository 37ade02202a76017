import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { startJobQueue, type JobQueue } from '../../jobs/job-queue.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { REMINDERS_CRON, REMINDERS_JOB, startReminderJobs } from './reminder-jobs.js';
import { testConfig } from '../../testing/test-app.js';
import { defaultSignInLimits } from '../../context.js';

let database: Database;
let jobs: JobQueue;
beforeAll(async () => {
  database = await openTestDatabase();
  jobs = await startJobQueue(database.pool, (error) => console.error(error));
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
});

describe('the daily reminder job', () => {
  it('is scheduled in the database (so it outlives a restart) and queued once at start', async () => {
    const errors: string[] = [];
    const ctx = { db: database.db, databaseKind: database.kind, config: testConfig, mail: { statusForNewMail: 'held' as const, dispatch: async () => {} }, limits: defaultSignInLimits, jobs };
    await startReminderJobs({ ctx, jobs, log: { info: () => {}, error: (message) => errors.push(message) } });
    const schedules = await sql<{ name: string; cron: string; timezone: string }>`select name, cron, timezone from pgboss.schedule`.execute(database.db);
    expect(schedules.rows).toEqual([{ name: REMINDERS_JOB, cron: REMINDERS_CRON, timezone: 'UTC' }]);
    const queued = await sql<{ count: number }>`select count(*)::int as count from pgboss.job where name = ${REMINDERS_JOB}`.execute(database.db);
    expect(queued.rows[0]!.count).toBe(1);
    expect(errors).toEqual([]);
  });
});
