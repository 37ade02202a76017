import type { AppContext } from '../../context.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { sendAllUpdateReminders } from './send-update-reminders.js';

export const REMINDERS_JOB = 'send-update-reminders';
/**
 * Every day at 11:00 UTC: early morning across the United States (06:00-07:00 Eastern,
 * 03:00-04:00 Pacific), so the UTC date the sweep goes by is the districts' own date too.
 */
export const REMINDERS_CRON = '0 11 * * *';

/** The UTC calendar date of a moment, `YYYY-MM-DD`. */
export const utcDate = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/**
 * Starts the daily reminder sweep: a worker, the schedule (kept in the database, so it survives
 * restarts and fires once however many processes run) and one run now, so a server that was down
 * at the scheduled hour catches up. Sweeps are idempotent per day, so the extra run is harmless.
 */
export async function startReminderJobs(options: { ctx: AppContext; jobs: JobQueue; log: { info(message: string): void; error(message: string): void } }) {
  const { ctx, jobs, log } = options;
  await jobs.work(REMINDERS_JOB, async (data: { today?: string }) => {
    const today = data?.today ?? utcDate();
    const sent = await sendAllUpdateReminders({ ctx, today, onError: (organizationId, error) => log.error(`update reminders for ${organizationId}: ${error.message}`) });
    if (sent > 0) log.info(`update reminders for ${today}: ${sent} sent`);
  });
  await jobs.schedule(REMINDERS_JOB, REMINDERS_CRON, {});
  try {
    await jobs.send(REMINDERS_JOB, {});
  } catch (error) {
    // With the inline queue the run happens here; a failure must not stop the server starting.
    log.error(`update reminders at start: ${(error as Error).message}`);
  }
}
