import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { defaultSignInLimits, type AppContext, type SignInLimits } from './context.js';
import { openDatabase, type Database } from './db/database.js';
import { inlineJobQueue, startJobQueue, type JobQueue } from './jobs/job-queue.js';
import { createMailService } from './mail/mail-service.js';
import { startModerationReminderJobs } from './engagement/conversations/moderation/moderation-reminder-jobs.js';
import { startReminderJobs } from './monitoring/reminders/reminder-jobs.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, starts the job queue and the HTTP server; used by main, browser tests and the benchmark. */
export async function startServer(config: Config, options: { logger?: boolean | object; signInLimits?: SignInLimits; jobs?: 'pg-boss' | 'inline' } = {}): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let jobs: JobQueue | undefined;
  let app: FastifyInstance | undefined;
  try {
    jobs = options.jobs === 'inline' ? inlineJobQueue() : await startJobQueue(database.pool, (error) => console.error('job queue:', error.message));
    const mail = await createMailService({ db: database.db, smtpUrl: config.smtpUrl, jobs });
    const ctx: AppContext = { db: database.db, databaseKind: database.kind, config, mail, limits: options.signInLimits ?? defaultSignInLimits, jobs };
    app = await buildApp(ctx, { logger: options.logger ?? { level: config.logLevel }, serveWeb: true });
    const address = await app.listen({ port: config.port, host: config.host });
    // The daily update reminders, scheduled in the database, plus one catch-up run now.
    const log = app.log;
    await startReminderJobs({ ctx, jobs, log: { info: (message) => log.info(message), error: (message) => log.error(message) } });
    // Hourly: mail the moderators of conversations whose queue has waited a few hours.
    await startModerationReminderJobs({ ctx, jobs, log: { info: (message) => log.info(message), error: (message) => log.error(message) } });
    return {
      app,
      database,
      url: address.replace('[::1]', 'localhost'),
      async stop() {
        await app!.close();
        await jobs!.stop();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close();
    await jobs?.stop();
    await database.close();
    throw error;
  }
}
