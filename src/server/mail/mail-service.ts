import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { outboxRepo } from '../platform/outbox/outbox.repo.js';
import type { JobQueue } from '../jobs/job-queue.js';

/**
 * Mail is written to the outbox in the transaction that causes it. With SMTP_URL set, a job
 * delivers it after the commit; without it, the message stays "held" in the outbox, where an
 * administrator can read it in the application.
 */
export interface MailService {
  readonly statusForNewMail: 'held' | 'pending';
  /** Call after the transaction that queued the messages has committed. */
  dispatch(ids: string[]): Promise<void>;
}

const DELIVER_JOB = 'deliver-mail';

export async function createMailService(options: { db: Kysely<DB>; smtpUrl?: string; jobs: JobQueue; from?: string }): Promise<MailService> {
  const { db, smtpUrl, jobs } = options;
  if (!smtpUrl) return { statusForNewMail: 'held', dispatch: async () => {} };
  const transport = nodemailer.createTransport(smtpUrl);
  const from = options.from ?? 'Waymark <no-reply@waymark.local>';
  await jobs.work(DELIVER_JOB, async ({ id, attempt = 1 }: { id: string; attempt?: number }) => {
    const message = await outboxRepo.findById(db, id);
    if (!message || message.status !== 'pending') return;
    try {
      await transport.sendMail({ from, to: message.to_address, subject: message.subject, text: message.body_text });
      await outboxRepo.markSent(db, id);
    } catch (error) {
      const isFinal = attempt >= 5;
      await outboxRepo.markFailed(db, id, (error as Error).message, isFinal);
      if (!isFinal) throw error; // pg-boss retries with backoff
    }
  });
  // Mail queued before a crash or restart is picked up again.
  for (const id of await outboxRepo.pendingIds(db)) await jobs.send(DELIVER_JOB, { id });
  return {
    statusForNewMail: 'pending',
    async dispatch(ids) {
      for (const id of ids) await jobs.send(DELIVER_JOB, { id });
    },
  };
}
