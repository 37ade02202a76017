import type { AppContext } from '../../../context.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { sendModerationReminders } from './send-moderation-reminders.js';

export const MODERATION_REMINDERS_JOB = 'send-moderation-reminders';
/** Every hour at :20: a statement waits a few hours at most before its moderators hear of it. */
export const MODERATION_REMINDERS_CRON = '20 * * * *';

/**
 * Starts the hourly sweep of moderation queues: a worker and the schedule (kept in the database,
 * so it survives restarts and fires once however many processes run). `now` in a job's data
 * stands in for the clock, for tests and one-shot runs.
 */
export async function startModerationReminderJobs(options: { ctx: AppContext; jobs: JobQueue; log: { info(message: string): void; error(message: string): void } }) {
  const { ctx, jobs, log } = options;
  await jobs.work(MODERATION_REMINDERS_JOB, async (data: { now?: string }) => {
    const sent = await sendModerationReminders({
      ctx,
      now: data?.now ? new Date(data.now) : new Date(),
      onError: (conversationId, error) => log.error(`moderation reminders for conversation ${conversationId}: ${error.message}`),
    });
    if (sent.length > 0) log.info(`moderation reminders: ${sent.length} sent`);
  });
  await jobs.schedule(MODERATION_REMINDERS_JOB, MODERATION_REMINDERS_CRON, {});
}
